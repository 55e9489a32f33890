import { AutoComplete } from 'antd';
import { useState } from 'react';

interface Props {
  id?: string;
  ariaLabel?: string;
  value: string;
  options: { value: string; label?: string }[];
  placeholder?: string;
  maxLength?: number;
  onCommit(next: string): void;
}

/** Free text with suggestions that commits on blur, Enter or picking a suggestion (one undo entry, not one per key). */
export function CommitAutoComplete({ id, ariaLabel, value, options, placeholder, maxLength, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string | null) => {
    setDraft(null);
    if (text !== null && text.trim() !== value) onCommit(text.trim());
  };
  return (
    <AutoComplete
      id={id}
      aria-label={ariaLabel}
      value={draft ?? value}
      options={options}
      placeholder={placeholder}
      maxLength={maxLength}
      allowClear
      style={{ width: '100%' }}
      showSearch={{ filterOption: (input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase()) }}
      onChange={(text: string) => setDraft(text ?? '')}
      onSelect={(text: string) => commit(text)}
      onClear={() => commit('')}
      onBlur={() => commit(draft)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit(draft);
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
