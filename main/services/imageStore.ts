import type { Database } from 'better-sqlite3';
import { IMAGE_MAX_BYTES, type IMAGE_MIME_TYPES } from '../../src/api/contract';
import { AppError } from '../../src/api/result';
import { newId } from '../../src/model/ids';

export type ImageMime = (typeof IMAGE_MIME_TYPES)[number];

const ascii = (text: string) => Buffer.from(text, 'latin1');
const startsWith = (bytes: Buffer, prefix: Buffer, at = 0) => bytes.length >= at + prefix.length && bytes.subarray(at, at + prefix.length).equals(prefix);

/** How each stored type begins (its "magic number"), so a renamed file or a script cannot pass as an image. */
const SIGNATURES: Record<ImageMime, (bytes: Buffer) => boolean> = {
  'image/png': (b) => startsWith(b, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => startsWith(b, Buffer.from([0xff, 0xd8, 0xff])),
  'image/webp': (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
  'image/gif': (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')),
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Why base64 `dataBase64` cannot be stored as an image of type `mime`
 * (not strict base64, empty, over IMAGE_MAX_BYTES, or not really of that
 * type), or its bytes when it can.
 */
export function checkImage(mime: ImageMime, dataBase64: string): { bytes: Buffer } | { problem: string } {
  if (dataBase64.length % 4 !== 0 || !BASE64.test(dataBase64)) return { problem: 'is not valid base64' };
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) return { problem: 'the image is empty' };
  if (bytes.length > IMAGE_MAX_BYTES) {
    return { problem: `the image has ${bytes.length} bytes; at most ${IMAGE_MAX_BYTES} (${IMAGE_MAX_BYTES / 1024 / 1024} MB) can be stored` };
  }
  if (!SIGNATURES[mime](bytes)) return { problem: `the bytes are not a ${mime.slice('image/'.length).toUpperCase()} image (declared ${mime})` };
  return { bytes };
}

/** Stores a checked image in the project file and returns its new id. */
export function addImage(db: Database, mime: ImageMime, dataBase64: string): string {
  const checked = checkImage(mime, dataBase64);
  if ('problem' in checked) {
    throw new AppError('BAD_REQUEST', `Bad request for image.add: dataBase64: ${checked.problem}`, { field: 'dataBase64', call: 'image.add' });
  }
  const id = newId();
  db.prepare('INSERT INTO images (id, mime, bytes, created_at) VALUES (?, ?, ?, ?)').run(id, mime, checked.bytes, new Date().toISOString());
  return id;
}

export interface StoredImage {
  id: string;
  mime: ImageMime;
  bytes: Buffer;
  createdAt: string;
}

/** One stored image; undefined when there is none with this id. */
export function findImage(db: Database, id: string): StoredImage | undefined {
  return db.prepare('SELECT id, mime, bytes, created_at AS createdAt FROM images WHERE id = ?').get(id) as StoredImage | undefined;
}

/** Every stored image, oldest first (export). */
export function allImages(db: Database): StoredImage[] {
  return db.prepare('SELECT id, mime, bytes, created_at AS createdAt FROM images ORDER BY created_at, id').all() as StoredImage[];
}

/** Writes images that keep their ids and dates (import). */
export function insertImages(db: Database, images: readonly StoredImage[]): void {
  const insert = db.prepare('INSERT INTO images (id, mime, bytes, created_at) VALUES (?, ?, ?, ?)');
  for (const image of images) insert.run(image.id, image.mime, image.bytes, image.createdAt);
}
