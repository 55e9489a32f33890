import './workshop.css';
import { CommentOutlined } from '@ant-design/icons';
import { Badge, Button, Divider, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { threadsOf } from '../../../src/comments/threads';
import type { CommentTarget } from '../../../src/model/annotations';
import type { JourneyMap } from '../../../src/model/journey';
import { useAuthorName, useEnsureAuthor } from './authorName';
import { addComment } from './commentActions';
import { CommentComposer } from './CommentComposer';
import { CommentThreadView } from './CommentThreadView';
import { useRevealStore } from './focusTarget';

/** The comment threads on one card, stage, lane or the map, for the inspector: read, reply, resolve, reopen. */
export function CommentsSection({ target, map }: { target: CommentTarget; map: JourneyMap }) {
  const { t } = useTranslation('workshop');
  const author = useAuthorName() ?? '';
  const { ensureAuthor, holder } = useEnsureAuthor();
  const [showResolved, setShowResolved] = useState(false);
  const { kind, id } = target;
  const threads = useMemo(() => threadsOf({ comments: map.comments }, { kind, id }), [map.comments, kind, id]);
  const open = threads.filter((th) => th.root.resolved !== true);
  const resolvedCount = threads.length - open.length;
  // A resolved thread picked in the comments panel is shown unfolded (state adjusted while rendering, as React recommends).
  const revealId = useRevealStore((s) => s.threadId);
  const [revealedResolved, setRevealedResolved] = useState<string | null>(null);
  if (revealId !== null && revealId !== revealedResolved && threads.some((th) => th.root.id === revealId && th.root.resolved === true)) {
    setRevealedResolved(revealId);
    setShowResolved(true);
  }
  const shown = showResolved ? threads : open;

  const start = async (text: string): Promise<boolean> => {
    const name = await ensureAuthor();
    return name !== null && addComment(target, name, text);
  };

  return (
    <section className="jc-comment-section" data-testid="comments-section" aria-label={t('comments.title')}>
      {holder}
      <Divider plain titlePlacement="start" className="jc-comment-section__divider">
        <Flex gap={6} align="center">
          <CommentOutlined />
          {t('comments.title')}
          <Badge count={open.length} size="small" color="#1677ff" showZero={false} />
        </Flex>
      </Divider>
      {shown.length === 0 && (
        <Typography.Paragraph type="secondary" className="jc-comment-section__empty">
          {t(`comments.empty.${target.kind}`)}
        </Typography.Paragraph>
      )}
      {shown.map((thread) => (
        <CommentThreadView key={thread.root.id} thread={thread} author={author} ensureAuthor={ensureAuthor} startUnfolded={thread.root.id === revealedResolved} />
      ))}
      {resolvedCount > 0 && (
        <Button type="link" size="small" className="jc-comment-section__toggle" onClick={() => setShowResolved(!showResolved)}>
          {showResolved ? t('comments.hideResolved') : t('comments.showResolved', { count: resolvedCount })}
        </Button>
      )}
      <CommentComposer label={t('comments.newLabel')} submitText={t('comments.send')} onSubmit={start} />
    </section>
  );
}
