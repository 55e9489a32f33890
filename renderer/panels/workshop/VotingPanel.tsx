import { DeleteOutlined, EditOutlined, LockOutlined, MoreOutlined, PlusOutlined, ReloadOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Empty, Flex, Segmented, Select, Tag, Typography, type MenuProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteSession } from '../../../src/model/annotations';
import type { JourneyMap } from '../../../src/model/journey';
import { totalDots, voteItems } from '../../../src/workshop/votes';
import { VoteBallot } from './VoteBallot';
import { deleteVote, resetVote, setVoteOpen } from './voteActions';
import { VoteFormModal } from './VoteFormModal';
import { VoteTally } from './VoteTally';

type FormState = { mode: 'new' } | { mode: 'edit'; session: VoteSession } | null;

function SessionMenu({ session, onEdit }: { session: VoteSession; onEdit(): void }) {
  const { t } = useTranslation('workshop');
  const { modal } = App.useApp();
  const open = session.status === 'open';
  const items: MenuProps['items'] = [
    { key: 'edit', icon: <EditOutlined />, label: t('votes.edit'), onClick: onEdit },
    {
      key: 'status',
      icon: open ? <LockOutlined /> : <UnlockOutlined />,
      label: open ? t('votes.close') : t('votes.reopen'),
      onClick: () => setVoteOpen(session, !open),
    },
    {
      key: 'reset',
      icon: <ReloadOutlined />,
      label: t('votes.reset'),
      disabled: totalDots(session) === 0,
      onClick: () =>
        void modal.confirm({
          title: t('votes.resetConfirm', { name: session.name }),
          content: t('votes.undoHint'),
          okText: t('votes.reset'),
          cancelText: t('votes.cancel'),
          okButtonProps: { danger: true },
          onOk: () => void resetVote(session),
        }),
    },
    { type: 'divider' },
    {
      key: 'delete',
      icon: <DeleteOutlined />,
      danger: true,
      label: t('votes.delete'),
      onClick: () =>
        void modal.confirm({
          title: t('votes.deleteConfirm', { name: session.name }),
          content: t('votes.undoHint'),
          okText: t('votes.delete'),
          cancelText: t('votes.cancel'),
          okButtonProps: { danger: true },
          onOk: () => void deleteVote(session),
        }),
    },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button size="small" type="text" icon={<MoreOutlined />} aria-label={t('votes.actions', { name: session.name })} />
    </Dropdown>
  );
}

function SessionView({ session, map, onEdit }: { session: VoteSession; map: JourneyMap; onEdit(): void }) {
  const { t } = useTranslation('workshop');
  const items = useMemo(() => voteItems(map, session.targetKind), [map, session.targetKind]);
  const [participantId, setParticipantId] = useState<string | null>(null);
  const [tab, setTab] = useState<'vote' | 'results'>(session.status === 'open' ? 'vote' : 'results');
  const open = session.status === 'open';
  const shownTab = open ? tab : 'results';
  return (
    <div className="jc-vote" data-testid="vote-session" data-status={session.status}>
      <Flex align="center" gap={6} className="jc-vote__head">
        <Typography.Text strong ellipsis className="jc-vote__name">
          {session.name}
        </Typography.Text>
        <Tag color={open ? 'processing' : 'default'}>{open ? t('votes.statusOpen') : t('votes.statusClosed')}</Tag>
        <SessionMenu session={session} onEdit={onEdit} />
      </Flex>
      <Typography.Paragraph type="secondary" className="jc-vote__summary">
        {t(`votes.summary.${session.targetKind}`, { dots: session.votesPerParticipant, count: session.participants.length })}
      </Typography.Paragraph>
      <Segmented
        block
        value={shownTab}
        onChange={(value) => setTab(value as 'vote' | 'results')}
        options={[
          { value: 'vote', label: t('votes.tabVote'), disabled: !open },
          { value: 'results', label: t('votes.tabResults') },
        ]}
        style={{ marginBottom: 12 }}
      />
      {shownTab === 'vote' ? (
        <VoteBallot session={session} map={map} items={items} participantId={participantId} onParticipant={setParticipantId} />
      ) : (
        <VoteTally session={session} items={items} />
      )}
    </div>
  );
}

/** Dot voting: start sessions, let each participant place their dots, watch the tally; sessions are saved in the map. */
export function VotingPanel({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('workshop');
  const sessions = useMemo(() => Object.values(map.votes ?? {}).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [map.votes]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const session = sessions.find((s) => s.id === chosenId) ?? sessions[0] ?? null;

  return (
    <>
      <Flex gap={6} align="center" className="jc-workshop-panel__bar">
        {sessions.length > 1 && (
          <Select
            size="small"
            aria-label={t('votes.chooseSession')}
            style={{ flex: 1, minWidth: 0 }}
            value={session?.id}
            onChange={(id: string) => setChosenId(id)}
            options={sessions.map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
        <Button size="small" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'new' })} style={sessions.length > 1 ? undefined : { marginLeft: 'auto' }}>
          {t('votes.new')}
        </Button>
      </Flex>
      {session ? (
        <SessionView key={session.id} session={session} map={map} onEdit={() => setForm({ mode: 'edit', session })} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('votes.empty')}>
          <Button type="primary" onClick={() => setForm({ mode: 'new' })}>
            {t('votes.startFirst')}
          </Button>
        </Empty>
      )}
      {form && (
        <VoteFormModal
          session={form.mode === 'edit' ? form.session : undefined}
          defaultName={t('votes.defaultName', { n: sessions.length + 1 })}
          onClose={() => setForm(null)}
          onStarted={setChosenId}
        />
      )}
    </>
  );
}
