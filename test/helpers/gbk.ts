/**
 * Encodes text as GBK/GB18030 two-byte sequences, the way Chinese Excel saves a
 * CSV. Node has no GBK encoder, so the table is built by decoding every
 * two-byte GBK code with TextDecoder('gb18030') and inverting it.
 */
let table: Map<string, number[]> | undefined;

function gbkTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** The GBK bytes of `text`; throws on a character GBK cannot hold. */
export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbkTable().get(char);
    if (!pair) throw new Error(`"${char}" has no GBK code`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}
