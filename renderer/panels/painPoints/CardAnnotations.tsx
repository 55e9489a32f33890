import './painPoints.css';
import { useTranslation } from 'react-i18next';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { isOpportunityCard, isPainPointCard } from '../../../src/painPoints/links';
import { Field } from '../inspector/fields/Field';
import { MomentSelect } from './MomentSelect';
import { OpportunityFields } from './OpportunityFields';
import { PainFields } from './PainFields';
import { runCommands } from './painEdits';

/** Inspector fields for a card's moment, and its pain-point or opportunity details when its lane holds those. */
export function CardAnnotations({ card, map }: { card: Card; map: JourneyMap }) {
  const { t } = useTranslation('pain');
  return (
    <>
      <Field id="card-moment" label={t('fields.moment')}>
        <MomentSelect
          id="card-moment"
          value={card.moment}
          onChange={(moment) => {
            if ((card.moment ?? null) !== moment) runCommands([{ name: 'card.edit', args: { id: card.id, patch: { moment } } }]);
          }}
        />
      </Field>
      {isPainPointCard(map, card) && <PainFields card={card} map={map} />}
      {isOpportunityCard(map, card) && <OpportunityFields card={card} map={map} />}
    </>
  );
}
