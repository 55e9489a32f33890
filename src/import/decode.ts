/**
 * Text files from spreadsheets in the encodings people actually have: UTF-8
 * (with or without a byte-order mark), UTF-16 LE/BE (Excel's "Unicode text"),
 * and GB18030/GBK, which Chinese Excel writes by default. TextDecoder exists in
 * Node, browsers and workers, so this runs wherever the import runs.
 */

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** Why an encoding was chosen, for the import wizard to show. */
export type EncodingEvidence = 'bom' | 'validUtf8' | 'ascii' | 'utf16Zeros' | 'notUtf8' | 'chosen';

export interface DetectedEncoding {
  encoding: TextEncoding;
  evidence: EncodingEvidence;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** True when `bytes` are well-formed UTF-8 (a truncated last character is allowed: the sample may be cut). */
function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return true;
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return false;
    }
    i += length;
  }
  return true;
}

/**
 * UTF-16 without a mark: text of mostly ASCII characters has a zero byte in
 * every other position, on the odd side for little-endian, the even side for big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Guesses the encoding of a text file from its first bytes (a few kilobytes are plenty). */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', evidence: 'bom', bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', evidence: 'bom', bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', evidence: 'bom', bomLength: 2 };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, evidence: 'utf16Zeros', bomLength: 0 };
  if (bytes.every((byte) => byte < 0x80)) return { encoding: 'utf-8', evidence: 'ascii', bomLength: 0 };
  if (isUtf8(bytes)) return { encoding: 'utf-8', evidence: 'validUtf8', bomLength: 0 };
  // Not UTF-8 and not UTF-16: in practice a Chinese Excel export (GBK, read as its superset GB18030).
  return { encoding: 'gb18030', evidence: 'notUtf8', bomLength: 0 };
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  evidence: EncodingEvidence;
  /** Characters that could not be decoded (shown as U+FFFD); a high count suggests choosing another encoding. */
  replacements: number;
}

const BOMS: Record<TextEncoding, readonly number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  gb18030: [],
};

/**
 * Decodes a whole text file. With `encoding` the user's choice wins over
 * detection (the wizard's override); a mark of that encoding is still skipped.
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  const detected: DetectedEncoding = encoding
    ? { encoding, evidence: 'chosen', bomLength: startsWith(bytes, BOMS[encoding]) ? BOMS[encoding].length : 0 }
    : detectEncoding(bytes.subarray(0, 64 * 1024));
  const text = new TextDecoder(detected.encoding, { ignoreBOM: true }).decode(bytes.subarray(detected.bomLength));
  let replacements = 0;
  for (const char of text) if (char === '\ufffd') replacements++;
  return { text, encoding: detected.encoding, evidence: detected.evidence, replacements };
}
