import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlueprintLineFlowNode } from '../flowElements';
import { useStickyShift } from './stickyShift';

/** A labelled dashed line across the map: the line of interaction or the line of visibility. */
function BlueprintLineView({ data }: NodeProps<BlueprintLineFlowNode>) {
  const { t } = useTranslation('editor');
  const sticky = useStickyShift<HTMLSpanElement>('x');
  // The label follows the lane header column when the map is panned sideways, so it stays readable.
  return (
    <div className={`jc-blueprint-line jc-blueprint-line--${data.kind}`} data-testid="blueprint-line" data-line={data.kind}>
      <span className="jc-blueprint-line__label" ref={sticky}>
        {t(`blueprint.${data.kind}`)}
      </span>
    </div>
  );
}

export const BlueprintLineNode = memo(BlueprintLineView);
