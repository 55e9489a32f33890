import { ExportOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { useEditorServices } from '../../canvas/editorContext';
import { useDocumentStore } from '../../store/documentStore';
import { ExpectationFields } from '../gaps/ExpectationFields';
import { CardAnnotations } from '../painPoints/CardAnnotations';
import { CommentsSection } from '../workshop/CommentsSection';
import { ChannelSelect, PersonaSelect, SegmentSelect } from './fields/CatalogSelects';
import { ColorField } from './fields/ColorField';
import { CommitText } from './fields/CommitText';
import { Field } from './fields/Field';
import { ImageField } from './fields/ImageField';
import { MetricSelect } from './fields/MetricSelect';
import { UtmBuilder } from './fields/UtmBuilder';
import { CHANNEL_LANE_TYPES, cardEditCommand, isWebUrl, maxSpan, type CardPatch } from './inspectorCommands';
import { useProjectMaps } from './useProjectMaps';

/** Applies a patch to one card as one undoable edit (nothing when the patch changes nothing). */
const editCard = (card: Card, patch: CardPatch): void => {
  const command = cardEditCommand(card, patch);
  if (command) useDocumentStore.getState().execute([command]);
};

function LinkedMapField({ card, map, projectId }: { card: Card; map: JourneyMap; projectId: string }) {
  const { t } = useTranslation('panels');
  const { openMap } = useEditorServices();
  const maps = useProjectMaps(projectId);
  const options = (maps ?? []).filter((m) => m.id !== map.id).map((m) => ({ value: m.id, label: m.name }));
  const linked = card.linkedMapId ?? null;
  return (
    <Field id="inspector-card-linkedMap" label={t('card.linkedMap')}>
      <Space.Compact style={{ width: '100%' }}>
        <Select
          id="inspector-card-linkedMap"
          allowClear
          loading={maps === null}
          placeholder={t('card.noLinkedMap')}
          value={linked}
          options={options}
          onChange={(next: string | undefined) => editCard(card, { linkedMapId: next ?? null })}
        />
        {linked && openMap && (
          <Button icon={<ExportOutlined />} onClick={() => openMap(linked)}>
            {t('card.openLinkedMap')}
          </Button>
        )}
      </Space.Compact>
    </Field>
  );
}

/** Every field of one card. */
export function CardInspector({ card, map, projectId }: { card: Card; map: JourneyMap; projectId: string }) {
  const { t } = useTranslation('panels');
  const { t: tm } = useTranslation('metrics');
  const lane = map.lanes.find((l) => l.id === card.laneId);
  const withChannel = (lane && CHANNEL_LANE_TYPES.includes(lane.type)) || card.channelId !== undefined || card.url !== undefined;
  const spanLimit = maxSpan(map, card);
  const spanOptions = Array.from({ length: Math.max(spanLimit, card.span ?? 1) }, (_, i) => ({ value: i + 1, label: t('card.spanStages', { count: i + 1 }) }));

  return (
    <>
      <Field id="inspector-card-title" label={t('card.title')}>
        <CommitText id="inspector-card-title" multiline enterCommits value={card.title} maxLength={1000} onCommit={(title) => editCard(card, { title })} />
      </Field>
      <Field id="inspector-card-body" label={t('card.body')}>
        <CommitText id="inspector-card-body" multiline value={card.body ?? ''} maxLength={20000} onCommit={(body) => editCard(card, { body })} />
      </Field>
      <Field id="inspector-card-color" label={t('fields.color')}>
        <ColorField id="inspector-card-color" value={card.color ?? null} onChange={(color) => editCard(card, { color })} />
      </Field>
      <Field id="inspector-card-span" label={t('card.span')}>
        <Select id="inspector-card-span" value={card.span ?? 1} options={spanOptions} onChange={(span: number) => editCard(card, { span: span === 1 ? null : span })} />
      </Field>
      {withChannel && (
        <>
          <Field id="inspector-card-channel" label={t('card.channel')}>
            <ChannelSelect id="inspector-card-channel" value={card.channelId ?? null} onChange={(channelId) => editCard(card, { channelId })} />
          </Field>
          <Field id="inspector-card-url" label={t('card.url')}>
            <CommitText
              id="inspector-card-url"
              value={card.url ?? ''}
              maxLength={2000}
              placeholder="https://"
              validate={isWebUrl}
              onCommit={(url) => editCard(card, { url: url.trim() })}
            />
          </Field>
          <UtmBuilder url={card.url ?? ''} onApply={(url) => editCard(card, { url })} />
        </>
      )}
      {lane?.type === 'metrics' && (
        <Field id="inspector-card-metric" label={tm('inspector.metric')} help={tm('inspector.metricHelp')}>
          <MetricSelect id="inspector-card-metric" value={card.metricKey ?? null} onChange={(metricKey) => editCard(card, { metricKey })} />
        </Field>
      )}
      <Field id="inspector-card-personas" label={t('fields.personas')}>
        <PersonaSelect id="inspector-card-personas" value={card.personaIds ?? []} onChange={(personaIds) => editCard(card, { personaIds })} />
      </Field>
      <Field id="inspector-card-segments" label={t('fields.segments')}>
        <SegmentSelect id="inspector-card-segments" value={card.segmentIds ?? []} onChange={(segmentIds) => editCard(card, { segmentIds })} />
      </Field>
      <CardAnnotations card={card} map={map} />
      <ExpectationFields card={card} map={map} />
      <LinkedMapField card={card} map={map} projectId={projectId} />
      <Field id="inspector-card-image" label={t('card.image')}>
        <ImageField id="inspector-card-image" projectId={projectId} imageId={card.imageId} onChange={(imageId) => editCard(card, { imageId })} />
      </Field>
      <CommentsSection target={{ kind: 'card', id: card.id }} map={map} />
    </>
  );
}
