import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { collectPainPoints } from '../../../src/painPoints/collect';
import { useSelectionStore } from '../../store/selectionStore';
import { useViewStore } from '../../store/viewStore';
import { AddPainPoint } from './AddPainPoint';
import { runCommands } from './painEdits';
import { PainTable } from './PainTable';

/** The pain points of the open map as a table (sort, filter, inline and bulk edit, open in canvas, export). Replaces the canvas while shown. */
export function PainPointTable({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('pain');
  const rows = useMemo(() => collectPainPoints(map), [map]);
  const stages = useMemo(() => map.stages.map((s) => ({ id: s.id, label: s.name })), [map.stages]);
  return (
    <PainTable
      rows={rows}
      stages={stages}
      // Every edit of one gesture (a bulk edit included) is one undo step.
      apply={(edits) => runCommands([...edits.values()].flat())}
      open={(row) => useViewStore.getState().requestFocus({ kind: 'card', id: row.card.id })}
      select={(row) => {
        useSelectionStore.getState().select([row.card.id]);
        useViewStore.getState().setInspectorOpen(true);
      }}
      actions={<AddPainPoint map={map} />}
      exportName={`${map.name} - ${t('table.defaultFileName')}`}
    />
  );
}
