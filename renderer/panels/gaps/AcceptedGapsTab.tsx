import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { currentLanguage } from '../../i18n';
import { useDocumentStore } from '../../store/documentStore';
import { useGapStore } from '../../store/gapStore';
import { formatTimestamp } from '../painPoints/painLabels';
import { GapRow } from './GapRow';
import { gapRuleName } from './gapText';

/** The Accepted tab: gaps the team decided to live with, with the reason, who and when; each can be reopened. */
export function AcceptedGapsTab({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('gaps');
  const accepted = useGapStore((s) => s.accepted);
  const language = currentLanguage();
  if (accepted.length === 0)
    return (
      <Typography.Paragraph type="secondary" className="jc-gaps-panel__hint" data-testid="gaps-accepted-empty">
        {t('panel.noAccepted')}
      </Typography.Paragraph>
    );
  return (
    <ul className="jc-gap-list" aria-label={t('panel.list')} data-testid="gaps-accepted">
      {accepted.map(({ gap, acceptance }) => {
        const when = formatTimestamp(acceptance.acceptedAt, language);
        return (
          <GapRow
            key={gap.key}
            map={map}
            gap={gap}
            actions={
              <Button
                size="small"
                aria-label={t('accepted.reopenLabel', { rule: gapRuleName(t, gap.rule) })}
                onClick={() => useDocumentStore.getState().execute([{ name: 'gap.reopen', args: { ids: [acceptance.id] } }])}
              >
                {t('accepted.reopen')}
              </Button>
            }
          >
            <div className="jc-gap-row__acceptance" data-testid="gap-acceptance">
              <Typography.Text className="jc-gap-row__reason">{t('accepted.reason', { reason: acceptance.reason })}</Typography.Text>
              <Typography.Text type="secondary" className="jc-gap-row__by">
                {acceptance.acceptedBy ? t('accepted.by', { name: acceptance.acceptedBy, when }) : t('accepted.byNobody', { when })}
              </Typography.Text>
            </div>
          </GapRow>
        );
      })}
    </ul>
  );
}
