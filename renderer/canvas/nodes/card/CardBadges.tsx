import { AimOutlined, BulbOutlined, CheckCircleFilled, LinkOutlined, RocketOutlined, StopOutlined, SyncOutlined, WarningFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityKind, PainStatus } from '../../../../src/model/annotations';
import type { Card, LaneType } from '../../../../src/model/journey';
import { severityColor } from '../../annotationVisuals';
import { MomentBadge } from '../MomentBadge';

const KIND_ICONS: Record<OpportunityKind, ComponentType> = { opportunity: AimOutlined, idea: BulbOutlined, solution: RocketOutlined };
const PAIN_STATUS_ICONS: Partial<Record<PainStatus, ComponentType>> = { inProgress: SyncOutlined, solved: CheckCircleFilled, wontFix: StopOutlined };

function PainBadges({ pain }: { pain: Card['pain'] }) {
  const { t } = useTranslation('present');
  const severity = pain?.severity;
  const color = severityColor(severity);
  const status = pain?.status ?? 'open';
  const StatusIcon = PAIN_STATUS_ICONS[status];
  const severityLabel = severity === undefined ? t('canvas.severityUnrated') : t('canvas.severity', { n: severity });
  return (
    <>
      <Tooltip title={severityLabel}>
        <span
          className={`jc-severity${color ? '' : ' jc-severity--unrated'}`}
          data-testid="card-severity"
          data-severity={severity ?? ''}
          style={color ? { background: color } : undefined}
          aria-label={severityLabel}
        >
          <WarningFilled />
          {severity ?? '–'}
        </span>
      </Tooltip>
      {pain?.evidence ? (
        <span className="jc-badge-text" data-testid="card-evidence">
          {t(`canvas.evidence.${pain.evidence}`)}
        </span>
      ) : null}
      {StatusIcon ? (
        <span className={`jc-pain-status jc-pain-status--${status}`} data-testid="card-status" data-status={status}>
          <StatusIcon /> {t(`canvas.painStatus.${status}`)}
        </span>
      ) : null}
    </>
  );
}

function OpportunityBadges({ opportunity }: { opportunity: Card['opportunity'] }) {
  const { t } = useTranslation('present');
  const kind = opportunity?.kind ?? 'opportunity';
  const status = opportunity?.status ?? 'proposed';
  const Icon = KIND_ICONS[kind];
  const addresses = opportunity?.addresses?.length ?? 0;
  const addressLabel = t(kind === 'solution' ? 'canvas.realises' : 'canvas.addresses', { count: addresses });
  return (
    <>
      <span className="jc-opportunity-kind" data-testid="card-kind" data-kind={kind}>
        <Icon /> {t(`canvas.kind.${kind}`)}
      </span>
      <span className={`jc-badge-text jc-opportunity-status--${status}`} data-testid="card-status" data-status={status}>
        {t(`canvas.opportunityStatus.${status}`)}
      </span>
      {addresses > 0 ? (
        <Tooltip title={addressLabel}>
          <span className="jc-badge-text" data-testid="card-addresses" data-count={addresses} aria-label={addressLabel}>
            <LinkOutlined /> {addresses}
          </span>
        </Tooltip>
      ) : null}
    </>
  );
}

/**
 * The row of annotations under a card's text: severity, evidence and status of
 * a pain point; kind, status and links of an opportunity; a moment badge.
 */
export function CardBadges({ card, laneType }: { card: Pick<Card, 'pain' | 'opportunity' | 'moment'>; laneType: LaneType }) {
  return (
    <div className="jc-card__badges">
      {laneType === 'painPoints' ? <PainBadges pain={card.pain} /> : null}
      {laneType === 'opportunities' ? <OpportunityBadges opportunity={card.opportunity} /> : null}
      {card.moment ? <MomentBadge moment={card.moment} /> : null}
    </div>
  );
}
