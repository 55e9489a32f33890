import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gap } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import { useViewStore } from '../../store/viewStore';
import { useCatalogNames } from '../painPoints/painLabels';
import { gapFocusTarget, gapStageName } from './gapList';
import { GapSeverityTag } from './GapSeverityTag';
import { gapExplanation, gapRuleName } from './gapText';

/** One gap in a list: severity, rule, stage and explanation (a click brings it into view on the map), what else the list shows, and its actions. */
export function GapRow({ map, gap, actions, children }: { map: JourneyMap; gap: Gap; actions: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation('gaps');
  const names = useCatalogNames();
  return (
    <li className="jc-gap-row" data-testid="gap-row" data-rule={gap.rule} data-severity={gap.severity} data-gap-key={gap.key}>
      <button type="button" className="jc-gap-row__main" onClick={() => useViewStore.getState().requestFocus(gapFocusTarget(map, gap))}>
        <span className="jc-gap-row__head">
          <GapSeverityTag severity={gap.severity} />
          <span className="jc-gap-row__rule" data-testid="gap-rule">
            {gapRuleName(t, gap.rule)}
          </span>
          <span className="jc-gap-row__stage" data-testid="gap-stage">
            {gapStageName(map, gap, t('panel.wholeMap'))}
          </span>
        </span>
        <span className="jc-gap-row__why" data-testid="gap-why">
          {gapExplanation(t, gap, names)}
        </span>
      </button>
      {children}
      <div className="jc-gap-row__actions">{actions}</div>
    </li>
  );
}
