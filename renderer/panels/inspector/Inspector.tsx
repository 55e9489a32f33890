import './inspector.css';
import { CloseOutlined } from '@ant-design/icons';
import { Button, Form, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { useViewStore } from '../../store/viewStore';
import { AxisInspectorFor } from './AxisInspectorFor';
import { CardInspector } from './CardInspector';
import { ConnectionInspector } from './ConnectionInspector';
import { inspectorSubject, type InspectorSubject } from './inspectorSubject';
import { MapInspector } from './MapInspector';
import { MultiCardInspector } from './MultiCardInspector';

function SubjectForm({ subject, map, projectId }: { subject: InspectorSubject; map: JourneyMap; projectId: string }) {
  switch (subject.kind) {
    case 'card':
      return <CardInspector key={subject.card.id} card={subject.card} map={map} projectId={projectId} />;
    case 'cards':
      return <MultiCardInspector cards={subject.cards} />;
    case 'connection':
      return <ConnectionInspector key={subject.connection.id} connection={subject.connection} />;
    case 'map':
      return <MapInspector map={map} />;
    default:
      return <AxisInspectorFor subject={subject} map={map} />;
  }
}

/** The right-hand panel that edits whatever is selected; every change is one undoable command. */
export function Inspector({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('panels');
  const projectId = useDocumentStore((s) => s.projectId);
  const cardIds = useSelectionStore((s) => s.cardIds);
  const edgeIds = useSelectionStore((s) => s.edgeIds);
  const header = useSelectionStore((s) => s.header);
  const subject = inspectorSubject(map, { cardIds, edgeIds, header });
  const title = subject.kind === 'cards' ? t('inspector.cards', { count: subject.cards.length }) : t(`inspector.${subject.kind}`);

  return (
    <aside
      className="jc-inspector"
      data-testid="inspector"
      data-subject={subject.kind}
      aria-label={t('inspector.label')}
      // Delete or arrows on a focused control here belong to it, not to the canvas; Ctrl/Cmd shortcuts still reach the editor.
      onKeyDown={(e) => !e.ctrlKey && !e.metaKey && e.stopPropagation()}
    >
      <div className="jc-inspector__header">
        <Typography.Text strong>{title}</Typography.Text>
        <Tooltip title={t('inspector.close')}>
          <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('inspector.close')} onClick={() => useViewStore.getState().setInspectorOpen(false)} />
        </Tooltip>
      </div>
      <Form layout="vertical" component="div" className="jc-inspector__body">
        {projectId && <SubjectForm subject={subject} map={map} projectId={projectId} />}
      </Form>
    </aside>
  );
}
