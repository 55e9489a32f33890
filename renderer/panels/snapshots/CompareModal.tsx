import './snapshots.css';
import { Alert, Button, Flex, Modal, Select, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VersionComparison } from '../../../src/compare/compareVersions';
import type { JourneyMap } from '../../../src/model/journey';
import { describeError } from '../../i18n/describeError';
import { useDocumentStore } from '../../store/documentStore';
import { useProjectMaps } from '../inspector/useProjectMaps';
import { CompareCards } from './CompareCards';
import { CompareEmotionsChart } from './CompareEmotionsChart';
import { CompareGaps } from './CompareGaps';
import { CompareMetrics } from './CompareMetrics';
import { useSnapshotStore, type VersionRef } from './snapshotStore';
import { useComparison } from './useComparison';

const SUMMARY = [
  ['added', 'compare-added'],
  ['removed', 'compare-removed'],
  ['moved', 'compare-moved'],
  ['changed', 'compare-changed'],
  ['gapsClosed', 'compare-gaps-closed'],
  ['gapsOpened', 'compare-gaps-opened'],
] as const;

function Summary({ comparison }: { comparison: VersionComparison }) {
  const { t } = useTranslation('compare');
  return (
    <Flex gap={8} wrap className="jc-compare__summary" data-testid="compare-summary">
      {SUMMARY.map(([key, testId]) => (
        <div key={key} className="jc-compare__count" data-testid={`${testId}-count`}>
          <strong>{comparison.summary[key]}</strong>
          <Typography.Text type="secondary">{t(`summary.${key}`)}</Typography.Text>
        </div>
      ))}
    </Flex>
  );
}

function ComparisonBody({ projectId, map, refs, labels }: { projectId: string; map: JourneyMap; refs: { before: VersionRef; after: VersionRef }; labels: { before: string; after: string } }) {
  const { t } = useTranslation('compare');
  const state = useComparison(projectId, map.id, refs, labels);
  if (state.status === 'loading') return <Spin tip={t('modal.loading')}><div className="jc-compare__loading" /></Spin>;
  if (state.status === 'error') return <Alert type="error" showIcon message={t('modal.error', { error: describeError(t, state.error) })} />;
  const { comparison } = state;
  return (
    <>
      {!comparison.sameMap && <Alert type="info" showIcon message={t('modal.matchedByName')} className="jc-compare__summary" />}
      <Summary comparison={comparison} />
      <Tabs
        items={[
          { key: 'cards', label: t('tabs.cards'), children: <CompareCards cards={comparison.cards} /> },
          { key: 'emotions', label: t('tabs.emotions'), children: <CompareEmotionsChart comparison={comparison} /> },
          { key: 'metrics', label: t('tabs.metrics'), children: <CompareMetrics rows={comparison.metrics} /> },
          { key: 'gaps', label: t('tabs.gaps'), children: <CompareGaps gaps={comparison.gaps} /> },
        ]}
      />
    </>
  );
}

/** The pickers and the comparison; mounted while the dialog is open, so the project's maps are listed afresh each time. */
function CompareContent({ projectId, map, refs }: { projectId: string; map: JourneyMap; refs: { before: VersionRef; after: VersionRef } }) {
  const { t } = useTranslation('compare');
  const snapshots = useSnapshotStore((s) => s.snapshots);
  const maps = useProjectMaps(projectId);
  const options = [
    { value: 'current', label: t('modal.current') },
    { label: t('modal.groupSnapshots'), options: snapshots.map((s) => ({ value: `snapshot:${s.id}`, label: s.name })) },
    { label: t('modal.groupMaps'), options: (maps ?? []).filter((m) => m.id !== map.id).map((m) => ({ value: `map:${m.id}`, label: m.name })) },
  ];
  const labelOf = (ref: VersionRef): string => {
    if (ref === 'current') return t('modal.current');
    const id = ref.slice(ref.indexOf(':') + 1);
    return (ref.startsWith('snapshot:') ? snapshots.find((s) => s.id === id)?.name : maps?.find((m) => m.id === id)?.name) ?? id;
  };
  const picker = (side: 'before' | 'after') => (
    <label className="jc-compare__picker">
      <Typography.Text strong>{t(`modal.${side}`)} </Typography.Text>
      <Select<VersionRef>
        style={{ width: 280 }}
        value={refs[side]}
        options={options}
        placeholder={t('modal.pick')}
        data-testid={`compare-${side}`}
        onChange={(ref) => useSnapshotStore.getState().setCompare(side, ref)}
      />
    </label>
  );
  return (
    <div data-testid="compare-modal">
      <Flex gap={16} wrap className="jc-compare__pickers">
        {picker('before')}
        {picker('after')}
      </Flex>
      {refs.before === refs.after ? (
        <Alert type="info" showIcon message={t('modal.same')} />
      ) : (
        <ComparisonBody projectId={projectId} map={map} refs={refs} labels={{ before: labelOf(refs.before), after: labelOf(refs.after) }} />
      )}
    </div>
  );
}

/** Compare two versions: the open map now, its snapshots, or another map of the project (as-is / to-be). */
export function CompareModal({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('compare');
  const refs = useSnapshotStore((s) => s.compare);
  const projectId = useDocumentStore((s) => s.projectId);
  const close = () => useSnapshotStore.getState().closeCompare();
  return (
    <Modal
      open={refs !== null}
      title={t('modal.title')}
      width={1040}
      onCancel={close}
      footer={
        <Button onClick={close} data-testid="compare-close">
          {t('modal.close')}
        </Button>
      }
      destroyOnHidden
    >
      {refs && projectId && <CompareContent projectId={projectId} map={map} refs={refs} />}
    </Modal>
  );
}
