import { Input } from 'antd';
import { useRef, useState } from 'react';

interface Props {
  name: string;
  label: string;
  onDone(next: string | null): void;
}

/** Inline rename for stage and lane headers: Enter or leaving commits, Escape cancels; blank names are refused. */
export function HeaderNameEditor({ name, label, onDone }: Props) {
  const [value, setValue] = useState(name);
  const done = useRef(false);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const next = value.trim();
    onDone(commit && next !== '' && next !== name ? next : null);
  };
  return (
    <Input
      size="small"
      autoFocus
      className="nodrag nopan"
      aria-label={label}
      data-testid="header-name-input"
      maxLength={200}
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onPressEnter={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}
