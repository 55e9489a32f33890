import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutLabel } from '../../app/shortcuts';
import { growingTextArea } from '../inspector/fields/CommitText';

const COMPOSER_TEXT_AREA = growingTextArea(2, 8);

interface CommentComposerProps {
  /** Accessible name and placeholder of the text box. */
  label: string;
  submitText: string;
  initialText?: string;
  autoFocus?: boolean;
  /** Sends the text; resolves true when it was taken (the box then empties). */
  onSubmit(text: string): Promise<boolean> | boolean;
  onCancel?: () => void;
}

/** A text box for a comment: Ctrl/Cmd+Enter sends, Esc cancels. */
export function CommentComposer({ label, submitText, initialText = '', autoFocus, onSubmit, onCancel }: CommentComposerProps) {
  const { t } = useTranslation('workshop');
  const [text, setText] = useState(initialText);
  const [busy, setBusy] = useState(false);
  const empty = text.trim() === '';

  const submit = async () => {
    if (empty || busy) return;
    setBusy(true);
    try {
      if (await onSubmit(text)) setText('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="jc-comment-composer">
      <Input.TextArea
        aria-label={label}
        placeholder={label}
        value={text}
        autoFocus={autoFocus}
        {...COMPOSER_TEXT_AREA}
        maxLength={5000}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) {
            e.preventDefault();
            e.stopPropagation();
            void submit();
          } else if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 6 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('comments.sendHint', { key: shortcutLabel('Enter') })}
        </Typography.Text>
        <Flex gap={6}>
          {onCancel && (
            <Button size="small" onClick={onCancel}>
              {t('comments.cancel')}
            </Button>
          )}
          <Button size="small" type="primary" disabled={empty} loading={busy} onClick={() => void submit()}>
            {submitText}
          </Button>
        </Flex>
      </Flex>
    </div>
  );
}
