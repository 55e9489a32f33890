import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoteSession } from '../../../src/model/annotations';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { castCommand, dotsLeft, dotsOn } from '../../../src/workshop/votes';
import { runVoteCommand } from './voteActions';

interface VoteBallotProps {
  session: VoteSession;
  map: JourneyMap;
  items: Card[];
  participantId: string | null;
  onParticipant(id: string): void;
}

/** Who is voting, and the items: a click adds one of their dots, a right-click or the minus button takes one back. */
export function VoteBallot({ session, map, items, participantId, onParticipant }: VoteBallotProps) {
  const { t } = useTranslation('workshop');
  const { message } = App.useApp();
  const participant = session.participants.find((p) => p.id === participantId) ?? null;
  const stageName = (card: Card) => map.stages.find((s) => s.id === card.stageId)?.name ?? '';

  const cast = (card: Card, delta: 1 | -1) => {
    if (!participant) {
      void message.info(t('votes.pickParticipant'));
      return;
    }
    const result = castCommand(session, participant.id, card.id, delta);
    if (typeof result === 'string') {
      if (result !== 'noDotsOnCard') void message.warning(t(`votes.refusal.${result}`, { name: participant.name, count: session.votesPerParticipant }));
      return;
    }
    runVoteCommand(result);
  };

  return (
    <>
      <Typography.Text type="secondary" className="jc-vote__label" id="vote-participant-label">
        {t('votes.whoIsVoting')}
      </Typography.Text>
      <Radio.Group
        aria-labelledby="vote-participant-label"
        className="jc-vote__participants"
        value={participantId}
        onChange={(e) => onParticipant(e.target.value as string)}
        optionType="button"
        buttonStyle="solid"
        size="small"
        options={session.participants.map((p) => {
          const left = dotsLeft(session, p.id);
          return {
            value: p.id,
            label: (
              <span data-testid="vote-participant" data-left={left}>
                {p.name} <Badge count={left} showZero size="small" color={left === 0 ? '#bfbfbf' : '#1677ff'} aria-label={t('votes.dotsLeft', { count: left })} />
              </span>
            ),
          };
        })}
      />
      {participant && (
        <Typography.Paragraph className="jc-vote__status" data-testid="vote-dots-left">
          {t('votes.participantDotsLeft', { name: participant.name, count: dotsLeft(session, participant.id), total: session.votesPerParticipant })}
        </Typography.Paragraph>
      )}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`votes.noItems.${session.targetKind}`)} />
      ) : (
        <ul className="jc-vote__items" aria-label={t('votes.items')}>
          {items.map((card) => {
            const mine = participant ? dotsOn(session, participant.id, card.id) : 0;
            const title = card.title.trim() === '' ? t('target.untitled') : card.title;
            return (
              <li
                key={card.id}
                className="jc-vote__item"
                data-testid="vote-item"
                data-card-id={card.id}
                data-dots={mine}
                onClick={() => cast(card, 1)}
                onContextMenu={(e) => {
                  e.preventDefault();
                  cast(card, -1);
                }}
              >
                <div className="jc-vote__item-text">
                  <Typography.Text strong ellipsis>
                    {title}
                  </Typography.Text>
                  <Typography.Text type="secondary" className="jc-thread-row__meta">
                    {stageName(card)}
                  </Typography.Text>
                </div>
                <span className="jc-vote__dots" aria-label={t('votes.dotsOnItem', { count: mine })}>
                  {Array.from({ length: mine }, (_, i) => (
                    <span key={i} className="jc-vote__dot" />
                  ))}
                </span>
                <Flex gap={2} onClick={(e) => e.stopPropagation()}>
                  <Button
                    size="small"
                    icon={<MinusOutlined />}
                    aria-label={t('votes.removeDot', { title })}
                    disabled={mine === 0 || session.status !== 'open'}
                    onClick={() => cast(card, -1)}
                  />
                  <Button
                    size="small"
                    type="primary"
                    icon={<PlusOutlined />}
                    aria-label={t('votes.addDot', { title })}
                    disabled={!participant || session.status !== 'open' || dotsLeft(session, participant.id) === 0}
                    onClick={() => cast(card, 1)}
                  />
                </Flex>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
