import type { NodeProps } from '@xyflow/react';
import { memo, useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMOTION_VARIANTS } from '../../../src/schema/journey';
import type { EmotionPoint } from '../../../src/model/journey';
import { newId } from '../../../src/model/ids';
import { useCatalogStore } from '../../store/catalogStore';
import { useDocumentStore } from '../../store/documentStore';
import { useViewStore } from '../../store/viewStore';
import { EmotionLabelEditor } from '../emotion/EmotionLabelEditor';
import { EmotionScale } from '../emotion/EmotionScale';
import { EmotionSeries } from '../emotion/EmotionSeries';
import { setEmotionAt } from '../emotion/emotionEdits';
import { columnAt, curvePoints, placePoints, valueFromY, valueToY, type XY } from '../emotion/emotionGeometry';
import type { EmotionCurveFlowNode } from '../flowElements';

// Where the empty-curve hint is written: inside the first column, just above the zero line.
const HINT_X = 36;

/**
 * The emotion curve of one emotions lane, for the persona chosen in the
 * toolbar: the as-is curve and the to-be curve (each can be hidden). Empty
 * parts let drags through to pan the map; points take drags, double-clicks
 * (label) and right-clicks (delete); a double-click on a column sets a point there.
 */
function EmotionCurveNodeView({ data, width = 0, height = 0 }: NodeProps<EmotionCurveFlowNode>) {
  const { t } = useTranslation('editor');
  const { laneId, columns } = data;
  const emotions = useDocumentStore((s) => s.map?.emotions);
  const personaId = useViewStore((s) => s.emotionPersonaId);
  const showAsIs = useViewStore((s) => s.showAsIs);
  const showToBe = useViewStore((s) => s.showToBe);
  const personaName = useCatalogStore((s) => s.catalog?.personas.find((p) => p.id === personaId)?.name);
  const [editing, setEditing] = useState<EmotionPoint | null>(null);
  const svg = useRef<SVGSVGElement>(null);

  const toLocal = useCallback(
    (clientX: number, clientY: number): XY => {
      const box = svg.current?.getBoundingClientRect();
      if (!box || box.width === 0 || box.height === 0) return { x: 0, y: 0 };
      return { x: ((clientX - box.left) * width) / box.width, y: ((clientY - box.top) * height) / box.height };
    },
    [width, height],
  );

  const shownVariants = EMOTION_VARIANTS.filter((v) => (v === 'asIs' ? showAsIs : showToBe));
  const series = useMemo(
    () => EMOTION_VARIANTS.map((variant) => ({ variant, points: placePoints(curvePoints(emotions, laneId, personaId, variant), columns, height) })),
    [emotions, laneId, personaId, columns, height],
  );
  const visible = series.filter((s) => shownVariants.includes(s.variant));
  // New points go on the as-is curve unless only the to-be curve is shown.
  const addTo = shownVariants[0];

  const onDoubleClick = (e: MouseEvent) => {
    const map = useDocumentStore.getState().map;
    const local = toLocal(e.clientX, e.clientY);
    const column = columnAt(columns, local.x);
    if (!map || !column || !addTo) return;
    const slot = { laneId, stageId: column.stageId, personaId, variant: addTo };
    const command = setEmotionAt(map, slot, valueFromY(local.y, height), newId());
    if (command) useDocumentStore.getState().execute([command]);
  };

  const editingAt = editing ? visible.flatMap((s) => s.points).find((p) => p.point.id === editing.id) : undefined;

  return (
    <div className="jc-emotion" data-testid="emotion-curve" data-lane-id={laneId}>
      <svg ref={svg} className="jc-emotion__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <rect className="jc-emotion__area" width={width} height={height} onDoubleClick={onDoubleClick} />
        <EmotionScale width={width} height={height} />
        {visible.every((s) => s.points.length === 0) && addTo ? (
          <text className="jc-emotion__hint" x={HINT_X} y={valueToY(0, height) - 6}>
            {t('emotion.hint')}
          </text>
        ) : null}
        {visible.map((s) => (
          <EmotionSeries
            key={s.variant}
            variant={s.variant}
            points={s.points}
            height={height}
            toLocal={toLocal}
            editingId={editing?.id ?? null}
            onEditLabel={setEditing}
          />
        ))}
      </svg>
      <div className="jc-emotion__legend">
        <span className="jc-emotion__persona">{personaName ?? t('emotion.noPersona')}</span>
        {shownVariants.map((variant) => (
          <span key={variant} className={`jc-emotion__key jc-emotion__key--${variant}`}>
            {t(`emotion.${variant}`)}
          </span>
        ))}
      </div>
      {editing && editingAt ? (
        <EmotionLabelEditor key={editing.id} point={editingAt.point} x={editingAt.x} y={editingAt.y} onDone={() => setEditing(null)} />
      ) : null}
    </div>
  );
}

export const EmotionCurveNode = memo(EmotionCurveNodeView);
