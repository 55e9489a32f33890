import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../src/model/journey';
import { Field } from '../inspector/fields/Field';
import { MomentSelect } from './MomentSelect';
import { runCommands } from './painEdits';

/** Inspector field marking a stage as a moment of truth, aha or wow moment. */
export function StageMomentField({ stage }: { stage: Stage }) {
  const { t } = useTranslation('pain');
  return (
    <Field id="stage-moment" label={t('fields.moment')}>
      <MomentSelect
        id="stage-moment"
        value={stage.moment}
        onChange={(moment) => {
          if ((stage.moment ?? null) !== moment) runCommands([{ name: 'stage.setMoment', args: { id: stage.id, moment } }]);
        }}
      />
    </Field>
  );
}
