import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw, type ZlibOptions } from 'node:zlib';

/**
 * The parts of a ZIP archive (an XLSX is one), read through its central
 * directory: any part can be streamed on its own, in any order, without
 * reading the parts before it. Every part's declared sizes are known before
 * it is read and its inflated bytes are counted while it is (the place for
 * limits against zip bombs).
 */

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  path: string;
  size: number;
  entries: Map<string, ZipEntry>;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
/** The end record plus the longest comment a ZIP can carry. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
/** Inflated text comes in pieces of this size (fewer, larger pieces for the XML parser). */
const CHUNK_BYTES = 64 * 1024;
const READ_AHEAD_BYTES = 16 * CHUNK_BYTES;

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(length);
    const { bytesRead } = await handle.read(bytes, 0, length, position);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The archive's table of contents; throws an Error saying what is wrong when it is not a readable ZIP. */
export async function openZip(path: string, size: number): Promise<ZipArchive> {
  const tailStart = Math.max(0, size - EOCD_SEARCH);
  const tail = await readAt(path, tailStart, size - tailStart);
  let end = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('the file is damaged (its ZIP directory is missing; was the download cut short?)');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK) throw new Error('it is a ZIP64 archive (over 4 GiB), which is not supported');
  if (directoryOffset + directorySize > size) throw new Error('the file is damaged (its ZIP directory points past the end of the file)');
  const directory = await readAt(path, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error('the file is damaged (a ZIP directory entry is broken)');
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    entries.set(name, {
      name,
      method: directory.readUInt16LE(at + 10),
      encrypted: (flags & 1) !== 0,
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { path, size, entries };
}

/** The entry of that name (ZIP names are case-sensitive, but not every writer agrees on the case of a part). */
export function zipEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  const exact = zip.entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const entry of zip.entries.values()) if (entry.name.toLowerCase() === lower) return entry;
  return undefined;
}

/** Where an entry's compressed bytes start (after its local header, whose name and extra field may differ from the directory's). */
async function dataOffset(zip: ZipArchive, entry: ZipEntry): Promise<number> {
  const header = await readAt(zip.path, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error(`the file is damaged (the ZIP part ${entry.name} is broken)`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > zip.size) throw new Error(`the file is damaged (the ZIP part ${entry.name} runs past the end of the file)`);
  return start;
}

/**
 * An entry's content as UTF-8 text, piece by piece (characters split between
 * pieces are joined). Stopping early (a `break` in `for await`) closes the file.
 * Throws when the entry inflates to more bytes than the archive declared.
 */
export async function* zipEntryText(zip: ZipArchive, entry: ZipEntry): AsyncGenerator<string> {
  if (entry.encrypted) throw new Error('it is encrypted (save it without a password and try again)');
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new Error(`the ZIP part ${entry.name} uses a compression method (${entry.method}) that is not supported`);
  if (entry.compressedSize === 0) return;
  const start = await dataOffset(zip, entry);
  const source = createReadStream(zip.path, { start, end: start + entry.compressedSize - 1, highWaterMark: CHUNK_BYTES });
  let bytes: Readable = source;
  if (entry.method === DEFLATED) {
    // Inflating runs on the thread pool: let it work ahead of the parser by a few pieces instead of one.
    const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES, readableHighWaterMark: READ_AHEAD_BYTES } as ZlibOptions);
    // pipeline destroys both streams on an error or an early stop; the error reaches the loop below through `bytes`.
    pipeline(source, inflate, () => undefined);
    bytes = inflate;
  }
  const decoder = new StringDecoder('utf8');
  let inflated = 0;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > entry.uncompressedSize) throw new Error(`the file is damaged (the ZIP part ${entry.name} is larger than the archive says)`);
      const text = decoder.write(chunk);
      if (text) yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    source.destroy();
    bytes.destroy();
  }
}
