import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandArgs } from '../../../src/commands/schemas';
import type { JourneyMap, MapStatus } from '../../../src/model/journey';
import { MAP_STATUSES } from '../../../src/schema/journey';
import { useDocumentStore } from '../../store/documentStore';
import { PersonaSelect } from './fields/CatalogSelects';
import { CommitText } from './fields/CommitText';
import { CommentsSection } from '../workshop/CommentsSection';
import { Field } from './fields/Field';

type MetaPatch = CommandArgs<'map.setMeta'>['patch'];

const setMeta = (patch: MetaPatch): void => {
  useDocumentStore.getState().execute([{ name: 'map.setMeta', args: { patch } }]);
};

// An emptied text field removes the value instead of storing ''.
const textOrNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** The map itself: name, owner, review status, description and the personas it is drawn for. */
export function MapInspector({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('panels');
  return (
    <>
      <Field id="inspector-map-name" label={t('fields.name')}>
        <CommitText
          id="inspector-map-name"
          required
          maxLength={200}
          value={map.name}
          onCommit={(name) => useDocumentStore.getState().execute([{ name: 'map.rename', args: { name } }])}
        />
      </Field>
      <Field id="inspector-map-owner" label={t('map.owner')}>
        <CommitText id="inspector-map-owner" maxLength={200} value={map.owner ?? ''} onCommit={(owner) => setMeta({ owner: textOrNull(owner) })} />
      </Field>
      <Field id="inspector-map-status" label={t('map.status')}>
        <Select<MapStatus>
          id="inspector-map-status"
          value={map.status ?? 'draft'}
          options={MAP_STATUSES.map((value) => ({ value, label: t(`mapStatuses.${value}`) }))}
          onChange={(status) => status !== (map.status ?? 'draft') && setMeta({ status })}
        />
      </Field>
      <Field id="inspector-map-description" label={t('map.description')}>
        <CommitText
          id="inspector-map-description"
          multiline
          maxLength={5000}
          value={map.description ?? ''}
          onCommit={(description) => setMeta({ description: textOrNull(description) })}
        />
      </Field>
      <Field id="inspector-map-personas" label={t('map.personas')}>
        <PersonaSelect
          id="inspector-map-personas"
          value={map.personaIds ?? []}
          onChange={(personaIds) => setMeta({ personaIds: personaIds.length === 0 ? null : personaIds })}
        />
      </Field>
      <CommentsSection target={{ kind: 'map', id: map.id }} map={map} />
    </>
  );
}
