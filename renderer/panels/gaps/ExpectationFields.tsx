import { Divider, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Expectation, ExpectationStatus } from '../../../src/model/gaps';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { EXPECTATION_STATUSES } from '../../../src/schema/gaps';
import { useDocumentStore } from '../../store/documentStore';
import { Field } from '../inspector/fields/Field';
import { cardEditCommand } from '../inspector/inspectorCommands';
import { deliveringCardOptions, isCustomerViewCard, withDeliveredBy, withStatus } from './expectationOptions';

/** Sets or clears the card's expectation as one undoable edit. */
const editExpectation = (card: Card, expectation: Expectation | null): void => {
  const command = cardEditCommand(card, { expectation });
  if (command) useDocumentStore.getState().execute([command]);
};

/** The inspector's "Customer expectation" section of a customer-view card: expectation on/off, the internal step delivering it, met or not. */
export function ExpectationFields({ card, map }: { card: Card; map: JourneyMap }) {
  const { t } = useTranslation('gaps');
  if (!isCustomerViewCard(map, card)) return null;
  const expectation = card.expectation;
  return (
    <section data-testid="expectation-fields">
      <Divider titlePlacement="start" plain>
        {t('expectation.section')}
      </Divider>
      <Field id="expectation-on" label={t('expectation.toggle')} help={t('expectation.toggleHelp')}>
        <Switch id="expectation-on" checked={expectation !== undefined} onChange={(on) => editExpectation(card, on ? {} : null)} />
      </Field>
      {expectation && (
        <>
          <Field id="expectation-deliveredBy" label={t('expectation.deliveredBy')}>
            <Select
              id="expectation-deliveredBy"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('expectation.deliveredByPlaceholder')}
              notFoundContent={t('expectation.noInternalCards')}
              value={expectation.deliveredBy ?? null}
              options={deliveringCardOptions(map, card)}
              onChange={(id: string | undefined) => editExpectation(card, withDeliveredBy(expectation, id ?? null))}
            />
          </Field>
          <Field id="expectation-status" label={t('expectation.status')}>
            <Select
              id="expectation-status"
              value={expectation.status ?? 'unknown'}
              options={EXPECTATION_STATUSES.map((status) => ({ value: status, label: t(`expectation.statuses.${status}`) }))}
              onChange={(status: ExpectationStatus) => editExpectation(card, withStatus(expectation, status))}
            />
          </Field>
        </>
      )}
    </section>
  );
}
