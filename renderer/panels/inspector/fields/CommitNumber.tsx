import { InputNumber } from 'antd';
import { useState } from 'react';

interface Props {
  id?: string;
  /** null: empty field (no value set). */
  value: number | null;
  min: number;
  max: number;
  onCommit(next: number | null): void;
  placeholder?: string;
  /** Whether clearing the field is allowed (it commits null). */
  allowEmpty?: boolean;
  suffix?: string;
}

/** A whole-number field that commits on blur, Enter or a step click, never per keystroke. */
export function CommitNumber({ id, value, min, max, onCommit, placeholder, allowEmpty, suffix }: Props) {
  const [draft, setDraft] = useState<number | null | undefined>(undefined);
  const shown = draft === undefined ? value : draft;

  const commit = (next: number | null | undefined) => {
    setDraft(undefined);
    if (next === undefined || next === value) return;
    if (next === null) {
      if (allowEmpty) onCommit(null);
      return;
    }
    onCommit(Math.min(max, Math.max(min, Math.round(next))));
  };

  return (
    <InputNumber<number>
      id={id}
      min={min}
      max={max}
      precision={0}
      value={shown}
      placeholder={placeholder}
      suffix={suffix}
      style={{ width: '100%' }}
      onChange={(next) => setDraft(next)}
      onStep={(next) => commit(next)}
      onBlur={() => commit(draft)}
      onPressEnter={() => commit(draft)}
      onKeyDown={(e) => e.stopPropagation()}
    />
  );
}
