import { CheckOutlined, DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentThread } from '../../../src/comments/threads';
import type { Comment } from '../../../src/model/annotations';
import { formatDateTime, formatRelativeTime } from '../project/relativeTime';
import { addComment, deleteComment, editCommentText, reopenThread, resolveThread } from './commentActions';
import { CommentComposer } from './CommentComposer';
import { useRevealStore } from './focusTarget';
import { useNow } from './useNow';

const AVATAR_COLORS = ['#1677ff', '#13a8a8', '#722ed1', '#eb2f96', '#fa8c16', '#52c41a', '#2f54eb'];

/** The same colour for the same name every time. */
const colorOf = (name: string): string => AVATAR_COLORS[[...name].reduce((h, ch) => (h * 31 + ch.codePointAt(0)!) >>> 0, 7) % AVATAR_COLORS.length]!;

function When({ iso, prefix }: { iso: string; prefix?: string }) {
  const { t, i18n } = useTranslation('workshop');
  const now = useNow();
  const relative = formatRelativeTime(iso, now, i18n.language, t('comments.justNow'));
  return (
    <Tooltip title={formatDateTime(iso, i18n.language)}>
      <time dateTime={iso} className="jc-comment-item__time">
        {prefix ? `${prefix} ${relative}` : relative}
      </time>
    </Tooltip>
  );
}

interface CommentItemProps {
  comment: Comment;
  isOwn: boolean;
  /** Extra actions shown after the comment's own (reply, resolve). */
  actions?: ReactNode;
}

function CommentItem({ comment, isOwn, actions }: CommentItemProps) {
  const { t, i18n } = useTranslation('workshop');
  const [editing, setEditing] = useState(false);
  const author = comment.author.trim() === '' ? t('comments.anonymous') : comment.author;
  const isRoot = comment.parentId === undefined;
  return (
    <div className="jc-comment-item" data-testid="comment" data-comment-id={comment.id}>
      <Flex gap={8} align="start">
        <Avatar size={24} style={{ background: colorOf(author), flex: 'none' }}>
          {[...author][0]?.toUpperCase()}
        </Avatar>
        <div className="jc-comment-item__main">
          <Flex gap={6} align="baseline" wrap>
            <Typography.Text strong className="jc-comment-item__author">
              {author}
            </Typography.Text>
            <When iso={comment.createdAt} />
            {comment.editedAt && (
              <Tooltip title={t('comments.editedAt', { when: formatDateTime(comment.editedAt, i18n.language) })}>
                <Typography.Text type="secondary" className="jc-comment-item__edited">
                  {t('comments.edited')}
                </Typography.Text>
              </Tooltip>
            )}
          </Flex>
          {editing ? (
            <CommentComposer
              label={t('comments.editLabel')}
              submitText={t('comments.save')}
              initialText={comment.text}
              autoFocus
              onSubmit={(text) => {
                const done = editCommentText(comment, text);
                if (done) setEditing(false);
                return done;
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <Typography.Paragraph className="jc-comment-item__text" data-testid="comment-text">
              {comment.text}
            </Typography.Paragraph>
          )}
          {!editing && (
            <Flex gap={2} wrap className="jc-comment-item__actions">
              {actions}
              {isOwn && (
                <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t('comments.edit')}
                </Button>
              )}
              <Popconfirm
                title={isRoot ? t('comments.deleteThreadConfirm') : t('comments.deleteConfirm')}
                okText={t('comments.delete')}
                cancelText={t('comments.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => deleteComment(comment)}
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('comments.deleteLabel', { author })}>
                  {t('comments.delete')}
                </Button>
              </Popconfirm>
            </Flex>
          )}
        </div>
      </Flex>
    </div>
  );
}

interface CommentThreadViewProps {
  thread: CommentThread;
  /** The current author name ('' when none is set yet). */
  author: string;
  ensureAuthor(): Promise<string | null>;
  /** Shows a resolved thread unfolded from the start. */
  startUnfolded?: boolean;
}

/** A thread: its root, replies, a reply box, resolve / reopen. A resolved thread shows folded until opened. */
export function CommentThreadView({ thread, author, ensureAuthor, startUnfolded = false }: CommentThreadViewProps) {
  const { t } = useTranslation('workshop');
  const [replying, setReplying] = useState(false);
  const [unfolded, setUnfolded] = useState(startUnfolded);
  const { root, replies } = thread;
  const resolved = root.resolved === true;
  const isOwn = (c: Comment) => c.author === author;
  const element = useRef<HTMLElement>(null);
  const reveal = useRevealStore((s) => s.threadId === root.id);
  useEffect(() => {
    if (!reveal) return;
    element.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    useRevealStore.setState({ threadId: null });
  }, [reveal]);

  const reply = async (text: string): Promise<boolean> => {
    const name = await ensureAuthor();
    if (name === null) return false;
    const done = addComment(root.target, name, text, root);
    if (done) setReplying(false);
    return done;
  };

  const resolve = async () => {
    const name = await ensureAuthor();
    if (name !== null) resolveThread(root, name);
  };

  const rootActions = resolved ? (
    <Button size="small" type="text" icon={<UndoOutlined />} onClick={() => reopenThread(root)}>
      {t('comments.reopen')}
    </Button>
  ) : (
    <>
      <Button size="small" type="text" onClick={() => setReplying(true)}>
        {t('comments.reply')}
      </Button>
      <Button size="small" type="text" icon={<CheckOutlined />} onClick={() => void resolve()}>
        {t('comments.resolve')}
      </Button>
    </>
  );

  return (
    <section
      ref={element}
      className={resolved ? 'jc-comment-thread jc-comment-thread--resolved' : 'jc-comment-thread'}
      data-testid="comment-thread"
      data-resolved={resolved}
      aria-label={t('comments.threadLabel', { author: root.author || t('comments.anonymous') })}
    >
      {resolved && (
        <Flex justify="space-between" align="center" className="jc-comment-thread__resolved">
          <Tag color="success" icon={<CheckOutlined />}>
            {root.resolvedBy ? t('comments.resolvedBy', { name: root.resolvedBy }) : t('comments.resolved')}
          </Tag>
          <Button size="small" type="link" onClick={() => setUnfolded(!unfolded)} aria-expanded={unfolded}>
            {unfolded ? t('comments.fold') : t('comments.unfold', { count: replies.length + 1 })}
          </Button>
        </Flex>
      )}
      {(!resolved || unfolded) && (
        <>
          <CommentItem comment={root} isOwn={isOwn(root)} actions={rootActions} />
          {replies.length > 0 && (
            <div className="jc-comment-thread__replies">
              {replies.map((r) => (
                <CommentItem key={r.id} comment={r} isOwn={isOwn(r)} />
              ))}
            </div>
          )}
          {replying && !resolved && (
            <div className="jc-comment-thread__replies">
              <CommentComposer label={t('comments.replyLabel')} submitText={t('comments.reply')} autoFocus onSubmit={reply} onCancel={() => setReplying(false)} />
            </div>
          )}
        </>
      )}
      {resolved && !unfolded && (
        <Typography.Paragraph type="secondary" ellipsis className="jc-comment-thread__summary">
          {root.text}
        </Typography.Paragraph>
      )}
    </section>
  );
}
