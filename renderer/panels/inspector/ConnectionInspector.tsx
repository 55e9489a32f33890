import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Connection, ConnectionKind } from '../../../src/model/journey';
import { CONNECTION_KINDS } from '../../../src/schema/journey';
import { useDocumentStore } from '../../store/documentStore';
import { CommitText } from './fields/CommitText';
import { Field } from './fields/Field';

/** A connection's kind and label. */
export function ConnectionInspector({ connection }: { connection: Connection }) {
  const { t } = useTranslation('panels');
  const edit = (patch: { label?: string | null; kind?: ConnectionKind | null }) =>
    useDocumentStore.getState().execute([{ name: 'connection.edit', args: { id: connection.id, patch } }]);
  const kind = connection.kind ?? 'flow';
  return (
    <>
      <Field id="inspector-connection-kind" label={t('connection.kind')}>
        <Segmented<ConnectionKind>
          id="inspector-connection-kind"
          block
          value={kind}
          options={CONNECTION_KINDS.map((value) => ({ value, label: t(`connectionKinds.${value}`) }))}
          onChange={(next) => next !== kind && edit({ kind: next === 'flow' ? null : next })}
        />
      </Field>
      <Field id="inspector-connection-label" label={t('connection.label')}>
        <CommitText
          id="inspector-connection-label"
          maxLength={200}
          value={connection.label ?? ''}
          onCommit={(label) => edit({ label: label.trim() === '' ? null : label })}
        />
      </Field>
    </>
  );
}
