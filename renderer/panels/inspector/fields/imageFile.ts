import { IMAGE_MAX_BYTES, IMAGE_MIME_TYPES } from '../../../../src/api/contract';

export type ImageMime = (typeof IMAGE_MIME_TYPES)[number];

/** What the file input offers. */
export const IMAGE_ACCEPT = IMAGE_MIME_TYPES.join(',');

/** Why a picked file cannot be stored, or null when it can. */
export function imageFileProblem(file: { type: string; size: number }): 'type' | 'size' | null {
  if (!(IMAGE_MIME_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > IMAGE_MAX_BYTES) return 'size';
  return null;
}

/** The file's bytes as base64 (what `image.add` carries). */
export async function readBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
