import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintData } from '../../../src/export/printData';
import type { Persona } from '../../../src/model/catalog';
import { chosenPersonas } from '../documentLayout';

const TEXT_FIELDS = ['role', 'occupation', 'city', 'goals', 'needs', 'frustrations'] as const;

/** Appendix: the personas the export is for, each with what the catalog says about them. */
export function PersonasAppendix({ data }: { data: PrintData }) {
  const { t } = useTranslation('print');
  const personas = chosenPersonas(data);
  return (
    <section className="print-appendix" data-testid="print-appendix-personas">
      <h2>{t('appendix.personas.title')}</h2>
      {personas.length === 0 ? <p className="print-empty">{t('appendix.personas.empty')}</p> : personas.map((persona) => <PersonaCard key={persona.id} persona={persona} />)}
    </section>
  );
}

function PersonaCard({ persona }: { persona: Persona }) {
  const { t } = useTranslation('print');
  const facts: [string, string][] = [];
  if (persona.gender) facts.push([t('panels:personas.gender'), t(`panels:genders.${persona.gender}`)]);
  if (persona.ageBand) facts.push([t('panels:personas.ageBand'), t(`panels:ageBands.${persona.ageBand}`)]);
  for (const field of TEXT_FIELDS) {
    const value = persona[field];
    if (value) facts.push([t(`panels:personas.${field}`), value]);
  }
  return (
    <article className="print-persona">
      <h3>{persona.name}</h3>
      {persona.quote && <p className="print-persona__quote">{t('panels:personas.quoted', { quote: persona.quote })}</p>}
      {facts.length > 0 && (
        <dl>
          {facts.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </article>
  );
}
