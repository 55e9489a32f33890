import type { ExpectationStatus } from '../../../../src/model/gaps';
import type { CardTexts } from '../../../store/derived/cardTexts';
import { EXPECTATION_GLYPHS, StaticIcon } from './StaticIcon';

/** The mark of a customer-expectation card: whether the internal step delivers it (not assessed until someone says). */
export function ExpectationMarker({ status = 'unknown', texts }: { status?: ExpectationStatus; texts: CardTexts }) {
  const t = texts.editor;
  const label = t('gapsCanvas.expectation', { status: t(`gapsCanvas.expectationStatus.${status}`) });
  return (
    <span className="jc-expectation" data-testid="card-expectation" data-status={status} aria-label={label} title={label} role="img">
      <StaticIcon glyph={EXPECTATION_GLYPHS[status]} />
    </span>
  );
}
