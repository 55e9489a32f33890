import { BUNDLED_FONT } from '../styles/fonts';

/**
 * Waits until the bundled font's faces that `text` needs are loaded, regular
 * and bold. document.fonts.ready alone is not enough: a unicode-range subset
 * (Noto Sans SC comes in about a hundred) is fetched only when something asks
 * for its characters, so each weight is asked for with the text itself.
 */
export async function waitForFonts(text: string): Promise<void> {
  const sample = [...new Set(text)].join('');
  await Promise.all([document.fonts.load(`400 16px ${BUNDLED_FONT}`, sample), document.fonts.load(`700 16px ${BUNDLED_FONT}`, sample)]);
  await document.fonts.ready;
}
