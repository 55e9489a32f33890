import { Divider, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES } from '../../../src/schema/annotations';
import type { OpportunityKind, OpportunityStatus } from '../../../src/model/annotations';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { cardsAddressing, opportunityCards, opportunityKind, painPointCards } from '../../../src/painPoints/links';
import { CommitText } from '../inspector/fields/CommitText';
import { Field } from '../inspector/fields/Field';
import { editOpportunity } from './painEdits';
import { CardLinks } from './PainFields';

/**
 * Kind, addressed cards, owner and status of an opportunity-lane card. Opportunities
 * and ideas address pain points; a solution realises opportunities (pain point ->
 * opportunity -> solution). Changing the kind keeps only the links the new kind allows.
 */
export function OpportunityFields({ card, map }: { card: Card; map: JourneyMap }) {
  const { t } = useTranslation('pain');
  const details = card.opportunity ?? {};
  const kind = opportunityKind(card);
  const isSolution = kind === 'solution';
  const candidates = isSolution ? opportunityCards(map).filter((c) => c.id !== card.id && opportunityKind(c) !== 'solution') : painPointCards(map);
  const addresses = details.addresses ?? [];
  const addressed = addresses.map((id) => map.cards[id]).filter((c): c is Card => c !== undefined);
  const linkLabel = isSolution ? t('fields.realises') : t('fields.addresses');

  const changeKind = (next: OpportunityKind) => {
    const allowed = new Set((next === 'solution' ? opportunityCards(map) : painPointCards(map)).map((c) => c.id));
    editOpportunity(card, { kind: next, addresses: addresses.filter((id) => allowed.has(id)) });
  };

  return (
    <section data-testid="opportunity-fields">
      <Divider titlePlacement="start" plain>
        {t('section.opportunity')}
      </Divider>
      <Field id="opportunity-kind" label={t('fields.kind')}>
        <Select id="opportunity-kind" value={kind} options={OPPORTUNITY_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))} onChange={changeKind} />
      </Field>
      <Field id="opportunity-addresses" label={linkLabel}>
        <Select
          id="opportunity-addresses"
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={isSolution ? t('placeholders.realises') : t('placeholders.addresses')}
          value={addresses}
          options={candidates.map((c) => ({ value: c.id, label: c.title || '…' }))}
          onChange={(ids: string[]) => editOpportunity(card, { addresses: ids })}
        />
        {addressed.length > 0 && <CardLinks cards={addressed} testId="opportunity-addresses-links" />}
      </Field>
      <Field id="opportunity-owner" label={t('fields.owner')}>
        <CommitText id="opportunity-owner" value={details.owner ?? ''} maxLength={200} placeholder={t('placeholders.owner')} onCommit={(owner) => editOpportunity(card, { owner: owner.trim() })} />
      </Field>
      <Field id="opportunity-status" label={t('fields.opportunityStatus')}>
        <Select
          id="opportunity-status"
          value={details.status ?? 'proposed'}
          options={OPPORTUNITY_STATUSES.map((value) => ({ value, label: t(`opportunityStatus.${value}`) }))}
          onChange={(status: OpportunityStatus) => editOpportunity(card, { status })}
        />
      </Field>
      {!isSolution && (
        <Field id="opportunity-realisedBy" label={t('section.realisedBy')}>
          <CardLinks cards={cardsAddressing(map, card.id)} testId="opportunity-realised-by" />
        </Field>
      )}
    </section>
  );
}
