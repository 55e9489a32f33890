import type { Moment, OpportunityKind, PainStatus } from '../../../../src/model/annotations';
import type { Card, LaneType } from '../../../../src/model/journey';
import type { CardTexts } from '../../../store/derived/cardTexts';
import { MOMENT_VISUALS, severityColor } from '../../annotationVisuals';
import { ICONS, MOMENT_GLYPHS, StaticIcon } from './StaticIcon';

const KIND_ICONS: Record<OpportunityKind, keyof typeof ICONS> = { opportunity: 'aim', idea: 'bulb', solution: 'rocket' };
const PAIN_STATUS_ICONS: Partial<Record<PainStatus, keyof typeof ICONS>> = { inProgress: 'sync', solved: 'checkCircle', wontFix: 'stop' };

function PainBadges({ pain, t }: { pain: Card['pain']; t: CardTexts['present'] }) {
  const severity = pain?.severity;
  const color = severityColor(severity);
  const status = pain?.status ?? 'open';
  const statusIcon = PAIN_STATUS_ICONS[status];
  const severityLabel = severity === undefined ? t('canvas.severityUnrated') : t('canvas.severity', { n: severity });
  return (
    <>
      <span
        className={`jc-severity${color ? '' : ' jc-severity--unrated'}`}
        data-testid="card-severity"
        data-severity={severity ?? ''}
        style={color ? { background: color } : undefined}
        aria-label={severityLabel}
        title={severityLabel}
      >
        <StaticIcon glyph={ICONS.warningFilled} />
        {severity ?? '–'}
      </span>
      {pain?.evidence ? (
        <span className="jc-badge-text" data-testid="card-evidence">
          {t(`canvas.evidence.${pain.evidence}`)}
        </span>
      ) : null}
      {statusIcon ? (
        <span className={`jc-pain-status jc-pain-status--${status}`} data-testid="card-status" data-status={status}>
          <StaticIcon glyph={ICONS[statusIcon]} /> {t(`canvas.painStatus.${status}`)}
        </span>
      ) : null}
    </>
  );
}

function OpportunityBadges({ opportunity, t }: { opportunity: Card['opportunity']; t: CardTexts['present'] }) {
  const kind = opportunity?.kind ?? 'opportunity';
  const status = opportunity?.status ?? 'proposed';
  const addresses = opportunity?.addresses?.length ?? 0;
  const addressLabel = t(kind === 'solution' ? 'canvas.realises' : 'canvas.addresses', { count: addresses });
  return (
    <>
      <span className="jc-opportunity-kind" data-testid="card-kind" data-kind={kind}>
        <StaticIcon glyph={ICONS[KIND_ICONS[kind]]} /> {t(`canvas.kind.${kind}`)}
      </span>
      <span className={`jc-badge-text jc-opportunity-status--${status}`} data-testid="card-status" data-status={status}>
        {t(`canvas.opportunityStatus.${status}`)}
      </span>
      {addresses > 0 ? (
        <span className="jc-badge-text" data-testid="card-addresses" data-count={addresses} aria-label={addressLabel} title={addressLabel}>
          <StaticIcon glyph={ICONS.link} /> {addresses}
        </span>
      ) : null}
    </>
  );
}

/** A moment of truth, aha or wow moment: its icon and short name, the full name as its tooltip (as MomentBadge draws it on headers). */
function CardMoment({ moment, t }: { moment: Moment; t: CardTexts['present'] }) {
  const { color } = MOMENT_VISUALS[moment];
  const name = t(`moments.${moment}`);
  return (
    // The short name is drawn by CSS (data-label) so it does not join the text of the card it sits in.
    <span className="jc-moment" data-testid="moment-badge" data-moment={moment} data-label={t(`moments.short.${moment}`)} style={{ color, borderColor: color }} role="img" aria-label={name} title={name}>
      <StaticIcon glyph={MOMENT_GLYPHS[moment]} />
    </span>
  );
}

/**
 * The row of annotations under a card's text: severity, evidence and status of
 * a pain point; kind, status and links of an opportunity; a moment badge.
 */
export function CardBadges({ card, laneType, texts }: { card: Pick<Card, 'pain' | 'opportunity' | 'moment'>; laneType: LaneType; texts: CardTexts }) {
  return (
    <div className="jc-card__badges">
      {laneType === 'painPoints' ? <PainBadges pain={card.pain} t={texts.present} /> : null}
      {laneType === 'opportunities' ? <OpportunityBadges opportunity={card.opportunity} t={texts.present} /> : null}
      {card.moment ? <CardMoment moment={card.moment} t={texts.present} /> : null}
    </div>
  );
}
