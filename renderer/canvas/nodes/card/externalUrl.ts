const OPENABLE = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address a card's URL opens in the system browser, or null when it cannot
 * be opened safely. A bare host ("example.com/pricing") is taken as https;
 * other schemes (javascript:, file: …) are refused.
 */
export function externalUrl(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const candidate = /^([a-z][a-z0-9+.-]*:\/\/|mailto:)/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    return OPENABLE.has(url.protocol) && (url.protocol === 'mailto:' || url.hostname !== '') ? url.href : null;
  } catch {
    return null;
  }
}
