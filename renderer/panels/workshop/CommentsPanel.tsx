import { Empty, Flex, Switch, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapThreads, type LabelledThread } from '../../../src/comments/threads';
import type { JourneyMap } from '../../../src/model/journey';
import { formatRelativeTime } from '../project/relativeTime';
import { revealThread } from './focusTarget';
import { useNow } from './useNow';

function TargetName({ thread }: { thread: LabelledThread }) {
  const { t } = useTranslation('workshop');
  const { kind, name, exists } = thread.target;
  if (!exists) return <Typography.Text type="secondary" italic>{t(`target.deleted.${kind}`)}</Typography.Text>;
  return (
    <Typography.Text strong ellipsis>
      {name.trim() === '' ? t('target.untitled') : name}
    </Typography.Text>
  );
}

function ThreadRow({ thread }: { thread: LabelledThread }) {
  const { t, i18n } = useTranslation('workshop');
  const now = useNow();
  const { root, replies, target } = thread;
  const resolved = root.resolved === true;
  const open = () => {
    if (target.exists) revealThread(root.target, root.id);
  };
  return (
    <li>
      <button
        type="button"
        className="jc-thread-row"
        data-testid="open-thread"
        disabled={!target.exists}
        onClick={open}
        aria-label={t('panel.openThread', { target: target.name || t(`target.kind.${target.kind}`), text: root.text })}
      >
        <Flex gap={6} align="center">
          <Tag className="jc-thread-row__kind">{t(`target.kind.${target.kind}`)}</Tag>
          <TargetName thread={thread} />
          {resolved && <Tag color="success">{t('comments.resolved')}</Tag>}
        </Flex>
        <Typography.Paragraph ellipsis={{ rows: 2 }} className="jc-thread-row__text">
          {root.text}
        </Typography.Paragraph>
        <Typography.Text type="secondary" className="jc-thread-row__meta">
          {(root.author || t('comments.anonymous')) +
            ' · ' +
            formatRelativeTime(thread.lastActivityAt, now, i18n.language, t('comments.justNow')) +
            (replies.length > 0 ? ' · ' + t('panel.replies', { count: replies.length }) : '')}
        </Typography.Text>
      </button>
    </li>
  );
}

/** Every open thread of the map, most recent first; a click shows its target and the thread in the inspector. */
export function CommentsPanel({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('workshop');
  const [includeResolved, setIncludeResolved] = useState(false);
  const threads = useMemo(() => mapThreads(map, { includeResolved }), [map, includeResolved]);
  return (
    <>
      <Flex align="center" gap={8} className="jc-workshop-panel__bar">
        <Switch size="small" id="comments-show-resolved" checked={includeResolved} onChange={setIncludeResolved} />
        <label htmlFor="comments-show-resolved">{t('panel.showResolved')}</label>
      </Flex>
      {threads.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={includeResolved ? t('panel.noComments') : t('panel.noOpenComments')} />
      ) : (
        <ul className="jc-thread-list" aria-label={t('panel.threadList')}>
          {threads.map((thread) => (
            <ThreadRow key={thread.root.id} thread={thread} />
          ))}
        </ul>
      )}
    </>
  );
}
