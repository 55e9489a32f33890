import type { TFunction } from 'i18next';
import type { MetricLanguage } from '../../../src/metrics/definitions';

/**
 * The words every card needs, looked up once per language and handed to the
 * cards with their records, instead of a useTranslation (an i18n subscription
 * and lookups) in each part of each of thousands of cards.
 */
export interface CardTexts {
  language: MetricLanguage;
  untitled: string;
  metricUntitled: string;
  metricPending: string;
  editor: TFunction;
  present: TFunction;
  metrics: TFunction;
}

/** The card texts of a language, given i18next's fixed-namespace lookup. */
export function cardTexts(language: MetricLanguage, fixedT: (namespace: string) => TFunction): CardTexts {
  const editor = fixedT('editor');
  return {
    language,
    untitled: editor('card.untitled'),
    metricUntitled: editor('card.metricUntitled'),
    metricPending: editor('card.metricPending'),
    editor,
    present: fixedT('present'),
    metrics: fixedT('metrics'),
  };
}
