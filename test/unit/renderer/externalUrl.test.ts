import { describe, expect, it } from 'vitest';
import { externalUrl } from '../../../renderer/canvas/nodes/card/externalUrl';

describe('externalUrl', () => {
  it('opens web and mail addresses as written', () => {
    expect(externalUrl('https://example.com/pricing?utm_source=wechat')).toBe('https://example.com/pricing?utm_source=wechat');
    expect(externalUrl('http://shop.example.cn')).toBe('http://shop.example.cn/');
    expect(externalUrl('mailto:sales@example.com')).toBe('mailto:sales@example.com');
  });

  it('takes a bare host as https', () => {
    expect(externalUrl('  example.com/landing ')).toBe('https://example.com/landing');
  });

  it('refuses what would run code or read local files', () => {
    expect(externalUrl('javascript:alert(1)')).toBeNull();
    expect(externalUrl('file:///etc/passwd')).toBeNull();
    expect(externalUrl('data:text/html,<script>1</script>')).toBeNull();
    expect(externalUrl('')).toBeNull();
  });
});
