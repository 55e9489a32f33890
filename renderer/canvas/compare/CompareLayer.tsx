import './compare.css';
import { Panel, ViewportPortal } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { GAP_SEVERITIES } from '../../../src/schema/gaps';
import { useGapStore } from '../../store/gapStore';
import { GAP_SEVERITY_COLORS } from '../annotationVisuals';
import type { GridLayout } from '../layout';
import { CROSSING_COLORS } from './compareEdges';

/** Hex alpha of the tint over a stage column with gaps: enough to stand out, little enough to read the cards. */
const TINT_ALPHA = '1f';

/** What the compare view's colours mean. */
function CompareLegend() {
  const { t } = useTranslation('editor');
  return (
    <Panel position="bottom-left" className="jc-compare-legend" data-testid="compare-legend" aria-label={t('compareView.legend')}>
      <div className="jc-compare-legend__title">{t('compareView.title')}</div>
      <ul>
        {(['interaction', 'visibility'] as const).map((line) => (
          <li key={line}>
            <span className="jc-compare-legend__line" style={{ borderColor: CROSSING_COLORS[line] }} />
            {t(`compareView.crosses.${line}`)}
          </li>
        ))}
        <li>
          <span className="jc-compare-legend__line jc-compare-legend__line--dimmed" />
          {t('compareView.otherConnections')}
        </li>
        <li>
          <span className="jc-compare-legend__tints">
            {GAP_SEVERITIES.map((severity) => (
              <span key={severity} style={{ background: `${GAP_SEVERITY_COLORS[severity]}${TINT_ALPHA}` }} />
            ))}
          </span>
          {t('compareView.stageGaps')}
        </li>
      </ul>
    </Panel>
  );
}

/**
 * The compare view's layer over the canvas: each stage column with open gaps
 * tinted in its worst gap's colour (above the cells, below the cards), and the legend.
 */
export function CompareLayer({ layout }: { layout: GridLayout }) {
  const stageGaps = useGapStore((s) => s.stageGaps);
  return (
    <>
      <ViewportPortal>
        {layout.stages.map((column) => {
          const gaps = stageGaps.get(column.id);
          if (!gaps) return null;
          return (
            <div
              key={column.id}
              className="jc-compare-stage-gap"
              data-testid="compare-stage-gap"
              data-stage-id={column.id}
              data-severity={gaps.severity}
              style={{
                transform: `translate(${column.x}px, ${layout.headerHeight}px)`,
                width: column.width,
                height: Math.max(0, layout.height - layout.headerHeight),
                background: `${GAP_SEVERITY_COLORS[gaps.severity]}${TINT_ALPHA}`,
              }}
            />
          );
        })}
      </ViewportPortal>
      <CompareLegend />
    </>
  );
}
