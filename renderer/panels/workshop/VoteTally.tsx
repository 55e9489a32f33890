import { Empty, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoteSession } from '../../../src/model/annotations';
import type { Card } from '../../../src/model/journey';
import { tally, totalDots } from '../../../src/workshop/votes';

/** The live tally: items by dots with their rank (ties share one), as bars. */
export function VoteTally({ session, items }: { session: VoteSession; items: Card[] }) {
  const { t } = useTranslation('workshop');
  const rows = tally(
    session,
    items.map((c) => c.id),
  );
  const byId = new Map(items.map((c) => [c.id, c]));
  const max = Math.max(1, ...rows.map((r) => r.dots));
  const placed = totalDots(session);
  const possible = session.participants.length * session.votesPerParticipant;
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`votes.noItems.${session.targetKind}`)} />;
  return (
    <>
      <Typography.Paragraph type="secondary" data-testid="vote-total">
        {t('votes.placed', { count: placed, possible })}
      </Typography.Paragraph>
      <ol className="jc-tally" aria-label={t('votes.results')}>
        {rows.map((row) => {
          const card = byId.get(row.cardId);
          const title = !card || card.title.trim() === '' ? t('target.untitled') : card.title;
          return (
            <li key={row.cardId} className="jc-tally__row" data-testid="tally-row" data-card-id={row.cardId} data-rank={row.rank} data-dots={row.dots}>
              <span className={row.dots > 0 && row.rank <= 3 ? `jc-tally__rank jc-tally__rank--${row.rank}` : 'jc-tally__rank'} aria-label={t('votes.rank', { rank: row.rank })}>
                {row.rank}
              </span>
              <div className="jc-tally__body">
                <Typography.Text strong ellipsis className="jc-tally__title">
                  {title}
                </Typography.Text>
                <Progress
                  percent={(row.dots / max) * 100}
                  showInfo={false}
                  size="small"
                  strokeColor={row.rank === 1 && row.dots > 0 ? '#fa541c' : '#1677ff'}
                  aria-label={t('votes.dotsOnItem', { count: row.dots })}
                />
              </div>
              <span className="jc-tally__count">
                <Typography.Text strong>{row.dots}</Typography.Text>
                <Typography.Text type="secondary" className="jc-tally__voters">
                  {t('votes.voters', { count: row.voters })}
                </Typography.Text>
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
