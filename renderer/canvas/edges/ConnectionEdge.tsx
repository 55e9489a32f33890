import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { Input } from 'antd';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import type { ConnectionFlowEdge } from '../flowElements';
import { LOOP_BELOW, loopPath } from './loopPath';

/** How far a backward loop runs beside (inside the cell gutter, clear of the lane headers) and below the cards. */

const bottomOf = (node: InternalNode | undefined): number =>
  node ? node.internals.positionAbsolute.y + (node.measured.height ?? node.height ?? 0) : 0;

function LabelEditor({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation('editor');
  const [value, setValue] = useState(label);
  const done = useRef(false);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const next = value.trim();
    if (commit && next !== label) {
      useDocumentStore.getState().execute([{ name: 'connection.edit', args: { id, patch: { label: next === '' ? null : next } } }]);
    }
    useSelectionStore.getState().editEdge(null);
  };
  return (
    <Input
      size="small"
      autoFocus
      value={value}
      maxLength={200}
      placeholder={t('connection.labelPlaceholder')}
      aria-label={t('connection.label')}
      data-testid="edge-label-input"
      onChange={(e) => setValue(e.target.value)}
      onPressEnter={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}

/** The small "⇄" drawn in the middle of a handoff: two opposed half-arrows in a white disc. */
function HandoffMarker({ x, y }: { x: number; y: number }) {
  return (
    <g className="jc-edge-handoff" transform={`translate(${x} ${y})`} aria-hidden>
      <circle r={8} />
      <path d="M -4.5 -2 H 4.5 L 2 -4.5 M 4.5 2 H -4.5 L -2 4.5" />
    </g>
  );
}

// The label sits under the handoff marker instead of on top of it.
const HANDOFF_LABEL_OFFSET = 18;

function ConnectionEdgeView(props: EdgeProps<ConnectionFlowEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected, data } = props;
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const editing = useSelectionStore((s) => s.editingEdgeId === id);
  const backward = data?.backward ?? false;
  const kind = data?.kind ?? 'flow';
  const label = data?.label ?? '';
  const crossing = data?.crossing;

  const [path, midX, midY] = backward
    ? loopPath(sourceX, sourceY, targetX, targetY, Math.max(bottomOf(sourceNode), bottomOf(targetNode)) + LOOP_BELOW)
    : getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const labelY = kind === 'handoff' ? midY + HANDOFF_LABEL_OFFSET : midY;

  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        data-kind={kind}
        data-crossing={crossing}
        className={[
          'jc-edge',
          `jc-edge--${kind}`,
          crossing ? `jc-edge--crossing jc-edge--crossing-${crossing}` : '',
          data?.dimmed ? 'jc-edge--dimmed' : '',
          selected ? 'jc-edge--selected' : '',
        ]
          .filter(Boolean)
          .join(' ')}
      />
      {kind === 'handoff' && <HandoffMarker x={midX} y={midY} />}
      {(label !== '' || editing) && (
        <EdgeLabelRenderer>
          <div
            className="jc-edge-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${midX}px, ${labelY}px)` }}
            onDoubleClick={() => useSelectionStore.getState().editEdge(id)}
          >
            {editing ? <LabelEditor id={id} label={label} /> : label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeView);
