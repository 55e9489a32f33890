import { useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { Area, ContentOptions } from '../../../src/export/exportOptions';
import type { JourneyMap } from '../../../src/model/journey';
import { api } from '../../api/client';
import { useCatalogStore } from '../../store/catalogStore';
import { pruneContent } from './contentChoices';
import { loadExportOptions, saveExportOptions, type SavedExportOptions } from './savedOptions';
import { visibleArea } from './visibleArea';

/** The canvas's visible area right now, from React Flow's viewport and the canvas element's size. */
function useVisibleAreaReader(): () => Area | null {
  const flowStore = useStoreApi();
  return useCallback(() => {
    const { transform, width, height } = flowStore.getState();
    return visibleArea({ x: transform[0], y: transform[1], zoom: transform[2] }, { width, height });
  }, [flowStore]);
}

/** The map's last options (localStorage), made fit for the map as it is now, with a remembered "visible area" taken afresh. */
function initialOptions(map: JourneyMap, nowVisible: Area | null): SavedExportOptions {
  const personaIds = (useCatalogStore.getState().catalog?.personas ?? []).map((persona) => persona.id);
  const fresh = (content: ContentOptions): ContentOptions => ({ ...pruneContent(content, map, personaIds), area: content.area ? nowVisible : null });
  const saved = loadExportOptions(localStorage, map.id);
  return { pdf: { ...saved.pdf, content: fresh(saved.pdf.content) }, image: { ...saved.image, content: fresh(saved.image.content) } };
}

/**
 * The dialog's options, from the moment it opens (it is mounted only while
 * open, so each opening starts from the remembered choices and the canvas's
 * visible area at that moment); and the settings' author name for the
 * author placeholder.
 */
export function useExportOptionsState(map: JourneyMap) {
  const readArea = useVisibleAreaReader();
  const [area] = useState<Area | null>(readArea);
  const [options, setOptions] = useState<SavedExportOptions>(() => initialOptions(map, area));
  const [defaultAuthor, setDefaultAuthor] = useState('');

  useEffect(() => {
    let current = true;
    api
      .invoke('settings.get', {})
      .then((settings) => current && setDefaultAuthor(settings.authorName))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  const remember = useCallback(() => saveExportOptions(localStorage, map.id, options), [map.id, options]);
  return { options, setOptions, area, defaultAuthor, remember };
}
