import { Alert, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import type { MetricTarget } from '../../../src/model/metrics';
import { currentLanguage } from '../../i18n';
import { useCatalogStore } from '../../store/catalogStore';
import { channelDisplayName } from '../catalog/ChannelIcon';
import { useImportWizardStore } from './importWizardStore';

const NONE = '__none__';

/** The target a Select value stands for ("stage:<id>", "utm", "map"), given the file's key. */
function targetOf(value: string, key: string): MetricTarget | null {
  if (value === NONE) return null;
  if (value === 'map') return { kind: 'map' };
  if (value === 'utm') {
    const [source = '', medium = '', campaign = ''] = key.split('\u001f');
    return { kind: 'utm', ...(source ? { source } : {}), ...(medium ? { medium } : {}), ...(campaign ? { campaign } : {}) };
  }
  const [kind, id = ''] = value.split(':') as ['stage' | 'card' | 'channel', string];
  return { kind, id };
}

const valueOf = (target: MetricTarget | null | undefined): string =>
  !target ? NONE : target.kind === 'map' || target.kind === 'utm' ? target.kind : `${target.kind}:${target.id}`;

/** How a file's key reads: UTM keys as "source / medium / campaign", the whole map as such. */
export function keyLabel(key: string, wholeMap: string): string {
  if (key === '') return wholeMap;
  return key.includes('\u001f') ? key.split('\u001f').map((part) => part || '*').join(' / ') : key;
}

type MatchRow = { key: string; rows: number };

/** Step 4: where each key of the file (channel, stage, card, UTM, stage of a log) goes on the map. */
export function MatchStep({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('import');
  const job = useImportWizardStore((s) => s.job);
  const matches = useImportWizardStore((s) => s.matches);
  const targetKind = useImportWizardStore((s) => (s.draft?.kind === 'transitions' ? 'stage' : (s.draft?.targetKind ?? 'map')));
  const channels = useCatalogStore((s) => s.catalog?.channels ?? []);
  const result = job?.result;
  if (!result) return null;
  const keys: MatchRow[] = result.kind === 'metrics' ? result.targetKeys : result.stageKeys;
  const language = currentLanguage();

  const options =
    targetKind === 'stage'
      ? map.stages.map((s) => ({ value: `stage:${s.id}`, label: s.name }))
      : targetKind === 'card'
        ? Object.values(map.cards).map((c) => ({ value: `card:${c.id}`, label: c.title || t('match.untitledCard') }))
        : targetKind === 'channel'
          ? channels.map((c) => ({ value: `channel:${c.id}`, label: channelDisplayName(c, language) }))
          : targetKind === 'utm'
            ? [{ value: 'utm', label: t('match.asUtm') }]
            : [{ value: 'map', label: t('match.wholeMap') }];
  const unmatched = keys.filter((k) => !matches[k.key]).length;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text>{t('match.intro', { kind: t(`targetKinds.${targetKind}`) })}</Typography.Text>
      {unmatched > 0 && <Alert type="warning" showIcon data-testid="import-unmatched" message={t('match.unmatched', { count: unmatched })} />}
      <Table<MatchRow>
        data-testid="import-matches"
        size="small"
        pagination={keys.length > 50 ? { pageSize: 50 } : false}
        rowKey="key"
        dataSource={keys}
        rowClassName={(row) => (matches[row.key] ? '' : 'import-match--unmatched')}
        columns={[
          { title: t('match.key'), key: 'key', render: (_, row) => keyLabel(row.key, t('match.wholeMap')) },
          { title: t('match.rows'), dataIndex: 'rows', width: 90, align: 'right' },
          {
            title: t('match.target'),
            key: 'target',
            render: (_, row) => (
              <Space>
                <Select<string>
                  aria-label={t('match.targetFor', { key: keyLabel(row.key, t('match.wholeMap')) })}
                  style={{ width: 280 }}
                  showSearch
                  optionFilterProp="label"
                  value={valueOf(matches[row.key])}
                  onChange={(value) => useImportWizardStore.getState().setMatch(row.key, targetOf(value, row.key))}
                  options={[...options, { value: NONE, label: t('match.leaveOut') }]}
                />
                {!matches[row.key] && <Tag color="warning">{t('match.notMatched')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
