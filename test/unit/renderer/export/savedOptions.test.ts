import { describe, expect, it } from 'vitest';
import { defaultImageOptions, defaultPdfOptions, loadExportOptions, saveExportOptions } from '../../../../renderer/panels/export/savedOptions';

/** localStorage's getItem/setItem over a Map. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe('remembered export options', () => {
  it('gives back what was saved for the map, and the defaults for another map', () => {
    const storage = memoryStorage();
    const pdf = defaultPdfOptions();
    const chosen = {
      pdf: { ...pdf, page: { paper: 'A2' as const, orientation: 'portrait' as const, marginMm: 5 }, layout: { ...pdf.layout, mode: 'tiles' as const, scale: 2 } },
      image: { ...defaultImageOptions(), format: 'svg' as const, background: 'transparent' as const },
    };
    saveExportOptions(storage, 'm1', chosen);
    expect(loadExportOptions(storage, 'm1')).toEqual(chosen);
    expect(loadExportOptions(storage, 'm2')).toEqual({ pdf: defaultPdfOptions(), image: defaultImageOptions() });
  });

  it('does not keep the title page date, so next week’s export carries next week’s date', () => {
    const storage = memoryStorage();
    const pdf = defaultPdfOptions();
    saveExportOptions(storage, 'm1', { pdf: { ...pdf, parts: { ...pdf.parts, date: '2026-01-02', author: 'Ana' } }, image: defaultImageOptions() });
    const loaded = loadExportOptions(storage, 'm1');
    expect(loaded.pdf.parts.date).toBeUndefined();
    expect(loaded.pdf.parts.author).toBe('Ana');
  });

  it('falls back to the defaults for damaged or outdated entries, per format', () => {
    const image = { ...defaultImageOptions(), scale: 4 };
    const outdated = memoryStorage({ 'journey-studio.export.m1': JSON.stringify({ pdf: { format: 'pdf', page: { paper: 'B5' } }, image }) });
    expect(loadExportOptions(outdated, 'm1')).toEqual({ pdf: defaultPdfOptions(), image });
    const broken = memoryStorage({ 'journey-studio.export.m1': '{not json' });
    expect(loadExportOptions(broken, 'm1')).toEqual({ pdf: defaultPdfOptions(), image: defaultImageOptions() });
  });

  it('keeps working when storage refuses to write (full or disabled)', () => {
    const full = { setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => saveExportOptions(full, 'm1', { pdf: defaultPdfOptions(), image: defaultImageOptions() })).not.toThrow();
  });
});
