import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { useCatalogStore } from '../../../store/catalogStore';
import { ChannelIcon, channelDisplayName } from '../../catalog/ChannelIcon';

interface MultiProps {
  id?: string;
  value: string[];
  onChange(ids: string[]): void;
  placeholder?: string;
}

// Ids whose catalog entry was deleted still show, marked as deleted, so a user can see and remove them.
const withMissing = (options: { value: string; label: string }[], value: readonly string[], deleted: string) => [
  ...options,
  ...value.filter((id) => !options.some((o) => o.value === id)).map((id) => ({ value: id, label: deleted })),
];

/** Picks personas from the project's catalog. */
export function PersonaSelect({ id, value, onChange, placeholder }: MultiProps) {
  const { t } = useTranslation('panels');
  const personas = useCatalogStore((s) => s.catalog?.personas);
  const options = withMissing((personas ?? []).map((p) => ({ value: p.id, label: p.name })), value, t('fields.deletedEntry'));
  return <Select id={id} mode="multiple" allowClear value={value} onChange={onChange} options={options} placeholder={placeholder} optionFilterProp="label" />;
}

/** Picks segments from the project's catalog. */
export function SegmentSelect({ id, value, onChange, placeholder }: MultiProps) {
  const { t } = useTranslation('panels');
  const segments = useCatalogStore((s) => s.catalog?.segments);
  const options = withMissing((segments ?? []).map((s) => ({ value: s.id, label: s.name })), value, t('fields.deletedEntry'));
  return <Select id={id} mode="multiple" allowClear value={value} onChange={onChange} options={options} placeholder={placeholder} optionFilterProp="label" />;
}

/** Picks one channel from the project's catalog, each shown with its icon. */
export function ChannelSelect({ id, value, onChange }: { id?: string; value: string | null; onChange(id: string | null): void }) {
  const { t } = useTranslation('panels');
  const channels = useCatalogStore((s) => s.catalog?.channels) ?? [];
  const language = currentLanguage();
  const options = channels.map((channel) => {
    const name = channelDisplayName(channel, language);
    return {
      value: channel.id,
      name,
      label: (
        <Space size={6}>
          <ChannelIcon channel={channel} />
          {name}
        </Space>
      ),
    };
  });
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'name' }}
      placeholder={t('fields.noChannel')}
      value={value}
      onChange={(next: string | undefined) => onChange(next ?? null)}
      options={options}
    />
  );
}
