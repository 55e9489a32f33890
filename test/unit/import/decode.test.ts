import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../../src/import/decode';
import { encodeGbk } from '../../helpers/gbk';

const CSV = '渠道,展示量,点击率\n微信,"1,234",12.5%\n抖音,５６７,3.2%\n';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean, bom: boolean) => {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

describe('detectEncoding and decodeText', () => {
  it.each([
    ['UTF-8', utf8(CSV), 'utf-8', 'validUtf8'],
    ['UTF-8 with BOM', withBom(utf8(CSV)), 'utf-8', 'bom'],
    ['GBK (Chinese Excel)', encodeGbk(CSV), 'gb18030', 'notUtf8'],
    ['UTF-16 LE with BOM', utf16(CSV, true, true), 'utf-16le', 'bom'],
    ['UTF-16 BE with BOM', utf16(CSV, false, true), 'utf-16be', 'bom'],
    ['UTF-16 LE without BOM', utf16(`channel,clicks\n${CSV}`, true, false), 'utf-16le', 'utf16Zeros'],
    ['UTF-16 BE without BOM', utf16(`channel,clicks\n${CSV}`, false, false), 'utf-16be', 'utf16Zeros'],
  ] as const)('%s is detected and decoded to the same text', (_name, bytes, encoding, evidence) => {
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ encoding, evidence, replacements: 0 });
    expect(decoded.text.endsWith(CSV)).toBe(true);
    expect(decoded.text.startsWith('\ufeff')).toBe(false);
  });

  it('calls plain ASCII UTF-8', () => {
    expect(detectEncoding(utf8('a,b\n1,2\n'))).toEqual({ encoding: 'utf-8', evidence: 'ascii', bomLength: 0 });
  });

  it('accepts a sample cut in the middle of a character', () => {
    const bytes = utf8('渠道');
    expect(detectEncoding(bytes.subarray(0, 4)).encoding).toBe('utf-8');
  });

  it('lets the user override the encoding and counts what could not be decoded', () => {
    const gbk = encodeGbk(CSV);
    const wrong = decodeText(gbk, 'utf-8');
    expect(wrong.evidence).toBe('chosen');
    expect(wrong.replacements).toBeGreaterThan(0);
    const right = decodeText(gbk, 'gb18030');
    expect(right).toMatchObject({ text: CSV, replacements: 0, evidence: 'chosen' });
    expect(decodeText(withBom(utf8(CSV)), 'utf-8').text).toBe(CSV);
  });
});
