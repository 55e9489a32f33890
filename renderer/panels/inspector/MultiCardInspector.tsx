import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../src/commands/schemas';
import type { Card } from '../../../src/model/journey';
import { useDocumentStore } from '../../store/documentStore';
import { PersonaSelect, SegmentSelect } from './fields/CatalogSelects';
import { ColorField } from './fields/ColorField';
import { Field } from './fields/Field';
import { cardsEditCommands, commonIds, editIdLists, sharedValue } from './inspectorCommands';

const run = (commands: Command[]): void => {
  if (commands.length > 0) useDocumentStore.getState().execute(commands);
};

/** Fields several selected cards share: one change edits all of them in one undoable step. */
export function MultiCardInspector({ cards }: { cards: Card[] }) {
  const { t } = useTranslation('panels');
  const personas = commonIds(cards, (c) => c.personaIds);
  const segments = commonIds(cards, (c) => c.segmentIds);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('multi.summary', { count: cards.length })}</Typography.Paragraph>
      <Field id="inspector-cards-color" label={t('fields.color')}>
        <ColorField id="inspector-cards-color" value={sharedValue(cards, (c) => c.color ?? null)} onChange={(color) => run(cardsEditCommands(cards, { color }))} />
      </Field>
      <Field id="inspector-cards-personas" label={t('fields.personas')} help={t('multi.tagsHelp')}>
        <PersonaSelect id="inspector-cards-personas" value={personas} onChange={(next) => run(editIdLists(cards, 'personaIds', personas, next))} />
      </Field>
      <Field id="inspector-cards-segments" label={t('fields.segments')}>
        <SegmentSelect id="inspector-cards-segments" value={segments} onChange={(next) => run(editIdLists(cards, 'segmentIds', segments, next))} />
      </Field>
    </>
  );
}
