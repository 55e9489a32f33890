// 64 URL-safe symbols: one random byte's low 6 bits pick one with no bias.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const ID_LENGTH = 21;

/**
 * A new random entity id: 21 URL-safe characters (126 random bits, the same
 * collision odds as a UUID) that match IdSchema. Uses Web Crypto, which Node 20,
 * workers and browsers all provide.
 */
export function newId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(ID_LENGTH));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}
