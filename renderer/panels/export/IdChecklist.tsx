import { Button, Checkbox, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../src/model/journey';
import { chosenIds, toChoice } from './contentChoices';

export interface ChecklistGroup {
  key: string;
  title?: ReactNode;
  items: { id: Id; label: ReactNode }[];
}

/**
 * Ticks for lanes, stages or personas, in groups; the value is null while
 * everything is ticked (see toChoice), so items added later are included.
 */
export function IdChecklist({ label, groups, value, onChange }: { label: string; groups: ChecklistGroup[]; value: Id[] | null; onChange(value: Id[] | null): void }) {
  const { t } = useTranslation('export');
  const all = groups.flatMap((group) => group.items.map((item) => item.id));
  const checked = chosenIds(value, all);
  const set = (ids: Id[], on: boolean) => onChange(toChoice(on ? [...checked, ...ids] : checked.filter((id) => !ids.includes(id)), all));
  return (
    <fieldset className="jc-export-checklist" aria-label={label}>
      <Space size={4}>
        <Button size="small" type="link" onClick={() => onChange(null)}>
          {t('content.all')}
        </Button>
        <Button size="small" type="link" onClick={() => onChange([])}>
          {t('content.none')}
        </Button>
      </Space>
      {groups.map((group) => (
        <div key={group.key} className="jc-export-checklist__group">
          {group.title && <div className="jc-export-checklist__title">{group.title}</div>}
          {group.items.map((item) => (
            <Checkbox key={item.id} checked={checked.includes(item.id)} onChange={(e) => set([item.id], e.target.checked)}>
              {item.label}
            </Checkbox>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
