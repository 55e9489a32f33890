import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { detectEncoding, type DetectedEncoding, type TextEncoding } from '../../../src/import/decode';
import type { Cell } from '../../../src/import/sheetLayout';
import { asAppError, badFile, cancelled, PROGRESS_INTERVAL_MS, SAMPLE_BYTES, startsWith, type Format } from './sourceCommon';
import type { ReadProgress, StreamOptions } from './sources';

/** CSV/TSV/TXT read from disk in chunks: decoded incrementally, parsed by PapaParse row by row. */

const BOMS: Record<TextEncoding, readonly number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  gb18030: [],
};

/** Bytes read at a time: PapaParse's rows of one chunk (~1,000) die young, a megabyte's would outlive the young generation. */
const CHUNK_BYTES = 64 * 1024;

/**
 * An incremental decoder (a character split between chunks is kept for the
 * next): Node's StringDecoder for UTF-8 and UTF-16LE, several times faster
 * than TextDecoder on big chunks; TextDecoder for the others.
 */
function textDecoder(encoding: TextEncoding): { write(chunk: Buffer): string; end(): string } {
  if (encoding === 'utf-8' || encoding === 'utf-16le') {
    const decoder = new StringDecoder(encoding === 'utf-8' ? 'utf8' : 'utf16le');
    return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() };
  }
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

/** The encoding to read with: the user's choice (its mark still skipped) or the one detected on the first 64 KB. */
export function chooseEncoding(sample: Uint8Array, chosen: TextEncoding | undefined): { use: DetectedEncoding; detected: DetectedEncoding } {
  const detected = detectEncoding(sample);
  if (!chosen) return { use: detected, detected };
  return { use: { encoding: chosen, evidence: 'chosen', bomLength: startsWith(sample, BOMS[chosen]) ? BOMS[chosen].length : 0 }, detected };
}

export interface TextReadResult extends ReadProgress {
  /** False when reading stopped at `limitRows`. */
  complete: boolean;
  replaced: number;
  /** Characters parsed when reading stopped early, and the bytes per character decoded so far, to estimate the whole. */
  charsParsed: number;
  bytesPerChar: number;
}

/**
 * Streams a text table: bytes decoded incrementally (a character split
 * between chunks is kept for the next), rows parsed by PapaParse as they come.
 */
export function readTextRows(
  path: string,
  format: Format,
  size: number,
  encoding: DetectedEncoding,
  options: StreamOptions & { limitRows?: number },
  onRow: (row: Cell[], rowNumber: number) => void,
): Promise<TextReadResult> {
  const { signal, onProgress, limitRows } = options;
  const progress: TextReadResult = { bytesRead: encoding.bomLength, totalBytes: size, rowsRead: 0, complete: true, replaced: 0, charsParsed: 0, bytesPerChar: 1 };
  let charsDecoded = 0;
  const decoder = textDecoder(encoding.encoding);
  const file = createReadStream(path, { start: encoding.bomLength, highWaterMark: limitRows ? SAMPLE_BYTES : CHUNK_BYTES });
  let lastReport = Date.now();
  let checkedBinary = false;

  async function* decoded(): AsyncGenerator<string> {
    for await (const chunk of file as AsyncIterable<Buffer>) {
      progress.bytesRead += chunk.length;
      const text = decoder.write(chunk);
      charsDecoded += text.length;
      if (charsDecoded > 0) progress.bytesPerChar = (progress.bytesRead - encoding.bomLength) / charsDecoded;
      if (!checkedBinary) {
        checkedBinary = true;
        // NUL characters do not occur in text tables: this is a binary file with a table's name.
        if (text.includes('\u0000')) throw badFile(path, 'it contains binary data, not text');
      }
      if (onProgress && Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
        lastReport = Date.now();
        onProgress({ bytesRead: progress.bytesRead, totalBytes: size, rowsRead: progress.rowsRead });
      }
      if (text) yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  return new Promise((resolve, reject) => {
    // One chunk in flight: memory stays flat however big the file is.
    const input = Readable.from(decoded(), { highWaterMark: 1 });
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      input.destroy();
      file.destroy();
      if (error !== undefined) reject(asAppError(path, error));
      else resolve(progress);
    };
    let parser: Papa.Parser | undefined;
    // Settle before aborting the parser: its abort calls `complete` at once.
    const onAbort = (): void => {
      finish(cancelled(path));
      parser?.abort();
    };
    if (signal?.aborted) {
      finish(cancelled(path));
      return;
    }
    signal?.addEventListener('abort', onAbort);
    input.on('error', (error) => finish(error));
    /** One parsed row; false when reading stops here. */
    const takeRow = (row: string[], cursor: () => number, stepParser: Papa.Parser): boolean => {
      progress.rowsRead++;
      // Undecodable characters matter to the preview (a wrong encoding), not to a full read.
      if (limitRows !== undefined) for (const cell of row) if (cell.includes('\ufffd')) for (const char of cell) if (char === '\ufffd') progress.replaced++;
      try {
        onRow(row, progress.rowsRead);
      } catch (error) {
        finish(error);
        stepParser.abort();
        return false;
      }
      if (limitRows !== undefined && progress.rowsRead >= limitRows) {
        progress.complete = false;
        progress.charsParsed = cursor();
        finish();
        stepParser.abort();
        return false;
      }
      return true;
    };
    const stopped = (stepParser: Papa.Parser): boolean => {
      parser = stepParser;
      if (settled) return true;
      if (signal?.aborted) {
        finish(cancelled(path));
        stepParser.abort();
        return true;
      }
      return false;
    };
    const config: Papa.ParseLocalConfig<string[], File> = {
      delimiter: format === 'tsv' ? '\t' : '',
      delimitersToGuess: [',', '\t', ';'],
      skipEmptyLines: false,
      complete: () => finish(),
      error: (error: Error) => finish(error),
    };
    if (limitRows !== undefined) {
      // The preview row by row: it stops at a row and estimates the whole from the characters parsed up to it.
      config.step = (result, stepParser) => {
        if (!stopped(stepParser)) takeRow(result.data, () => result.meta.cursor, stepParser);
      };
    } else {
      // A whole file chunk by chunk: PapaParse makes no result object per row.
      config.chunk = (result, chunkParser) => {
        const rows = result.data;
        for (let i = 0; i < rows.length; i++) if (stopped(chunkParser) || !takeRow(rows[i]!, () => result.meta.cursor, chunkParser)) return;
      };
    }
    // PapaParse reads Node streams too; its types only know browser files.
    Papa.parse(input as unknown as File, config);
  });
}

