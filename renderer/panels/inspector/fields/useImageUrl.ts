import { useEffect, useState } from 'react';
import { api } from '../../../api/client';

// Images never change under their id, so one fetch per id serves every view for the page's lifetime.
const cache = new Map<string, Promise<string>>();

const fetchImage = (projectId: string, imageId: string): Promise<string> => {
  const key = `${projectId}/${imageId}`;
  let found = cache.get(key);
  if (!found) {
    found = api.invoke('image.get', { projectId, imageId }).then(({ mime, dataBase64 }) => `data:${mime};base64,${dataBase64}`);
    // A failed fetch is not remembered, so the next view tries again.
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
};

/** A data: URL of an image stored in the project, or null while loading, when missing, or without an id. */
export function useImageUrl(projectId: string | null, imageId: string | null | undefined): string | null {
  const [loaded, setLoaded] = useState<{ key: string; url: string } | null>(null);
  const key = projectId && imageId ? `${projectId}/${imageId}` : null;
  useEffect(() => {
    if (!projectId || !imageId) return;
    let live = true;
    fetchImage(projectId, imageId).then(
      (url) => live && setLoaded({ key: `${projectId}/${imageId}`, url }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [projectId, imageId]);
  return loaded && loaded.key === key ? loaded.url : null;
}
