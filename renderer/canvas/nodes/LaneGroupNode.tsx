import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneGroupFlowNode } from '../flowElements';
import { useStickyShift } from './stickyShift';

/** The band beside the lane names saying which view its lanes belong to: the customer's or the company's. */
function LaneGroupView({ data }: NodeProps<LaneGroupFlowNode>) {
  const { t } = useTranslation('editor');
  const label = t(`laneGroups.${data.view}`);
  const sticky = useStickyShift<HTMLDivElement>('x');
  return (
    <div
      className={`jc-lane-group jc-lane-group--${data.view}`}
      data-testid="lane-group"
      data-group={data.view}
      title={label}
      ref={sticky}
    >
      <span className="jc-lane-group__label">{label}</span>
    </div>
  );
}

export const LaneGroupNode = memo(LaneGroupView);
