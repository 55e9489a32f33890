import { CopyOutlined, LinkOutlined } from '@ant-design/icons';
import { App, Button, Collapse, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUtmUrl, parseUtm, UTM_FIELDS, type UtmFields } from '../../../../src/metrics/utm';
import { isWebUrl } from '../inspectorCommands';

type Field = (typeof UTM_FIELDS)[number];
const NO_UTM: UtmFields = { source: '', medium: '', campaign: '', term: '', content: '' };

/** The URL without its utm_* parameters, and its utm fields. */
function split(url: string): { base: string; fields: Record<Field, string> } {
  const parsed = parseUtm(url);
  return {
    base: url ? buildUtmUrl(url, NO_UTM) : '',
    fields: Object.fromEntries(UTM_FIELDS.map((f) => [f, parsed[f] ?? ''])) as Record<Field, string>,
  };
}

function Builder({ url, onApply }: { url: string; onApply(url: string): void }) {
  const { t } = useTranslation('metrics');
  const { message } = App.useApp();
  const initial = split(url);
  const [base, setBase] = useState(initial.base);
  const [fields, setFields] = useState(initial.fields);
  const trimmed = Object.fromEntries(UTM_FIELDS.map((f) => [f, fields[f].trim()])) as Record<Field, string>;
  const valid = isWebUrl(base.trim()) && base.trim() !== '';
  const built = valid ? buildUtmUrl(base.trim(), trimmed) : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(built);
      void message.success(t('utm.copied'));
    } catch {
      void message.error(t('utm.copyFailed'));
    }
  };

  return (
    <div className="jc-utm-builder" data-testid="utm-builder">
      <label htmlFor="utm-base">{t('utm.base')}</label>
      <Input id="utm-base" size="small" value={base} placeholder="https://" maxLength={1500} onChange={(e) => setBase(e.target.value)} status={base.trim() && !valid ? 'error' : undefined} />
      {UTM_FIELDS.map((field) => (
        <div key={field}>
          <label htmlFor={`utm-${field}`}>{t(`utm.${field}`)}</label>
          <Input id={`utm-${field}`} size="small" value={fields[field]} maxLength={200} onChange={(e) => setFields({ ...fields, [field]: e.target.value })} />
        </div>
      ))}
      <Typography.Text type="secondary">{t('utm.result')}</Typography.Text>
      {valid ? (
        <Typography.Text className="jc-utm-builder__result" data-testid="utm-result">
          {built}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t('utm.needBase')}</Typography.Text>
      )}
      <Space size={4} wrap>
        <Button size="small" type="primary" icon={<LinkOutlined />} disabled={!valid || built === url} onClick={() => onApply(built)}>
          {t('utm.apply')}
        </Button>
        <Button size="small" icon={<CopyOutlined />} disabled={!valid} onClick={() => void copy()}>
          {t('utm.copy')}
        </Button>
      </Space>
    </div>
  );
}

/** Builds a tracking URL from a base URL and utm_source / medium / campaign / term / content, prefilled from the card's URL. */
export function UtmBuilder({ url, onApply }: { url: string; onApply(url: string): void }) {
  const { t } = useTranslation('metrics');
  return (
    <Collapse
      size="small"
      ghost
      items={[
        {
          key: 'utm',
          label: t('utm.title'),
          // Re-read the card's URL whenever it changes (an apply, an undo, another card).
          children: <Builder key={url} url={url} onApply={onApply} />,
        },
      ]}
    />
  );
}
