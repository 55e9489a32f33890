import { App, Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { collectProjectPainPoints } from '../../../src/painPoints/collect';
import { api } from '../../api/client';
import { describeError, toDescribableError, type DescribableError } from '../../i18n/describeError';
import { useCatalogStore } from '../../store/catalogStore';
import { PainTable, type CommandsByMap } from './PainTable';

const loadMaps = async (projectId: string): Promise<JourneyMap[]> => {
  const summaries = await api.invoke('map.list', { projectId });
  return Promise.all(summaries.map((summary) => api.invoke('map.get', { projectId, mapId: summary.id })));
};

/** The pain points of every map of the project as one table; `onOpenCard` opens the map and focuses the card. */
export function ProjectPainPoints({ projectId, onOpenCard }: { projectId: string; onOpenCard(mapId: string, cardId: string): void }) {
  const { t } = useTranslation('pain');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState<{ maps: JourneyMap[] | null; error: DescribableError | null }>({ maps: null, error: null });
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const { maps, error } = loaded;

  useEffect(() => {
    void useCatalogStore.getState().load(projectId);
  }, [projectId]);

  useEffect(() => {
    let live = true;
    loadMaps(projectId).then(
      (next) => live && setLoaded({ maps: next, error: null }),
      (thrown: unknown) => live && setLoaded((s) => ({ ...s, error: toDescribableError(thrown) })),
    );
    return () => {
      live = false;
    };
  }, [projectId, reloads]);

  const rows = useMemo(() => collectProjectPainPoints(maps ?? []), [maps]);
  const stages = useMemo(() => (maps ?? []).flatMap((m) => m.stages.map((s) => ({ id: s.id, label: `${m.name} · ${s.name}` }))), [maps]);
  const mapOptions = useMemo(() => (maps ?? []).map((m) => ({ id: m.id, name: m.name })), [maps]);

  // Edits go straight to the project file, one transaction per map, then the table reloads what was saved.
  const apply = async (edits: CommandsByMap) => {
    try {
      for (const [mapId, commands] of edits) await api.invoke('map.apply', { projectId, mapId, commands });
    } catch (thrown) {
      void message.error(`${t('table.editFailed')}: ${describeError(tCommon, toDescribableError(thrown))}`);
    }
    reload();
  };

  if (error) {
    return (
      <Result
        status="error"
        title={t('table.loadFailed')}
        subTitle={describeError(tCommon, error)}
        extra={<Button onClick={reload}>{t('table.retry')}</Button>}
      />
    );
  }
  if (!maps) return <Spin description={t('table.loading')} />;
  return (
    <div style={{ position: 'relative', minHeight: 480, height: 'calc(100vh - 220px)' }} data-testid="project-pain-points">
      <PainTable
        rows={rows}
        stages={stages}
        maps={mapOptions}
        apply={(edits) => void apply(edits)}
        open={(row) => onOpenCard(row.mapId, row.card.id)}
        exportName={t('table.defaultFileName')}
      />
    </div>
  );
}
