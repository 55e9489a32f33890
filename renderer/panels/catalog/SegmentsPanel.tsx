import { Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../src/model/catalog';
import { useCatalogStore } from '../../store/catalogStore';
import { CatalogPanelFrame } from './CatalogPanelFrame';
import { moveCommand, segmentRuleSummary } from './catalogEdits';
import { RowActions } from './RowActions';
import { SegmentDrawer } from './SegmentDrawer';

type Editing = { segment: Segment | null } | null;

/** The project's micro-segments: name, description and a readable summary of each rule. */
export function SegmentsPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation('panels');
  const segments = useCatalogStore((s) => s.catalog?.segments) ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const ids = segments.map((s) => s.id);
  const execute = useCatalogStore.getState().execute;
  const move = (id: string, delta: -1 | 1) => {
    const command = moveCommand('segment', ids, id, delta);
    if (command) execute([command]);
  };

  return (
    <CatalogPanelFrame projectId={projectId} title={t('segments.title')} intro={t('segments.intro')} addLabel={t('segments.add')} onAdd={() => setEditing({ segment: null })}>
      <List
        dataSource={segments}
        locale={{ emptyText: <Empty description={t('segments.empty')} /> }}
        renderItem={(segment, index) => (
          <List.Item
            data-testid="segment-row"
            actions={[
              <RowActions
                key="actions"
                name={segment.name}
                onEdit={() => setEditing({ segment })}
                onDelete={() => execute([{ name: 'segment.delete', args: { id: segment.id } }])}
                onMoveUp={index > 0 ? () => move(segment.id, -1) : undefined}
                onMoveDown={index < segments.length - 1 ? () => move(segment.id, 1) : undefined}
              />,
            ]}
          >
            <List.Item.Meta
              title={<a onClick={() => setEditing({ segment })}>{segment.name}</a>}
              description={
                <>
                  {segment.description && <div>{segment.description}</div>}
                  <Typography.Text type="secondary" data-testid="segment-rule">
                    {segmentRuleSummary(segment.criteria, (key, options) => t(key, options))}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      <SegmentDrawer segment={editing?.segment ?? null} open={editing !== null} onClose={() => setEditing(null)} />
    </CatalogPanelFrame>
  );
}
