import { Input } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

// Chromium sizes a text area to its text in CSS (field-sizing, Chromium 123+). antd's autoSize
// instead measures a hidden copy (getComputedStyle, scrollHeight) on every mount and change:
// a forced layout, costly while the canvas holds thousands of nodes. It stays as the fallback.
const CSS_FIELD_SIZING = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');
// antd's default text area: 4px padding above and below, 1px borders.
const TEXT_AREA_CHROME = '10px';

/** Props that make an antd text area grow with its text from `minRows` to `maxRows` lines. */
export function growingTextArea(minRows: number, maxRows: number): Pick<TextAreaProps, 'autoSize' | 'style'> {
  if (!CSS_FIELD_SIZING) return { autoSize: { minRows, maxRows } };
  // No resize grip, as with autoSize: the box follows the text.
  return { style: { fieldSizing: 'content', resize: 'none', minHeight: `calc(${minRows}lh + ${TEXT_AREA_CHROME})`, maxHeight: `calc(${maxRows}lh + ${TEXT_AREA_CHROME})` } };
}

const INSPECTOR_TEXT_AREA = growingTextArea(2, 8);

interface Props {
  value: string;
  /** Called once per committed change (blur, or Enter in a single-line field); not called when nothing changed. */
  onCommit(next: string): void;
  id?: string;
  /** A text area; Enter adds a line and Ctrl/Cmd+Enter commits, unless `enterCommits` (then Shift+Enter adds a line). */
  multiline?: boolean;
  enterCommits?: boolean;
  placeholder?: string;
  maxLength?: number;
  /** Refuses the draft (the field shows an error and keeps the old value). */
  validate?(next: string): boolean;
  /** Blank is refused (names). */
  required?: boolean;
}

/**
 * A text field that edits a draft and commits it on blur or Enter, so typing a
 * word makes one undo entry instead of one per key. Escape drops the draft.
 * While not focused it shows the document's value, so undo shows through.
 * A draft still open when the field goes away (another item got selected
 * without the field losing focus first) is committed then.
 */
export function CommitText({ value, onCommit, id, multiline, enterCommits, placeholder, maxLength, validate, required }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const isInvalid = (text: string) => (required && text.trim() === '') || (validate ? !validate(text) : false);
  const invalid = draft !== null && isInvalid(draft);
  // Set from event handlers only: what to commit if the field unmounts with a draft open.
  const pendingCommit = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      pendingCommit.current?.();
    },
    [],
  );

  const commitText = (text: string) => {
    pendingCommit.current = null;
    const next = required ? text.trim() : text;
    if (!isInvalid(text) && next !== value) onCommit(next);
  };
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    commitText(draft);
  };
  const common = {
    id,
    value: shown,
    placeholder,
    maxLength,
    status: invalid ? ('error' as const) : undefined,
    onChange: (e: { target: { value: string } }) => {
      const text = e.target.value;
      setDraft(text);
      pendingCommit.current = () => commitText(text);
    },
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent) => {
      // Keys typed here must not reach the editor's shortcuts (Delete would delete the card); Ctrl/Cmd ones may.
      if (!e.ctrlKey && !e.metaKey) e.stopPropagation();
      if (e.key === 'Escape') {
        pendingCommit.current = null;
        setDraft(null);
      }
      const commits = !multiline || e.ctrlKey || e.metaKey || (enterCommits && !e.shiftKey);
      if (e.key === 'Enter' && commits && !e.nativeEvent.isComposing) {
        e.preventDefault();
        commit();
      }
    },
  };
  return multiline ? <Input.TextArea {...common} {...INSPECTOR_TEXT_AREA} /> : <Input {...common} />;
}
