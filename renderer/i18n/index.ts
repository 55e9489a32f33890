import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../src/api/contract';
import enCommon from './locales/en/common.json';
import enCompare from './locales/en/compare.json';
import enEditor from './locales/en/editor.json';
import enGaps from './locales/en/gaps.json';
import enImport from './locales/en/import.json';
import enMetrics from './locales/en/metrics.json';
import enPain from './locales/en/pain.json';
import enPanels from './locales/en/panels.json';
import enPresent from './locales/en/present.json';
import enWorkshop from './locales/en/workshop.json';
import enPrint from './locales/en/print.json';
import enExport from './locales/en/export.json';
import zhCommon from './locales/zh-CN/common.json';
import zhCompare from './locales/zh-CN/compare.json';
import zhEditor from './locales/zh-CN/editor.json';
import zhGaps from './locales/zh-CN/gaps.json';
import zhImport from './locales/zh-CN/import.json';
import zhMetrics from './locales/zh-CN/metrics.json';
import zhPain from './locales/zh-CN/pain.json';
import zhPanels from './locales/zh-CN/panels.json';
import zhPresent from './locales/zh-CN/present.json';
import zhWorkshop from './locales/zh-CN/workshop.json';
import zhPrint from './locales/zh-CN/print.json';
import zhExport from './locales/zh-CN/export.json';

/**
 * One namespace per area: pain points and their table ('pain'), comments, votes, timer and views ('workshop'),
 * presenting and quick capture ('present'), the spreadsheet import wizard ('import'), metrics on the map ('metrics'),
 * gap analysis ('gaps'), snapshots and comparing versions ('compare'), the print view's own words ('print'),
 * the export dialog and data exports ('export').
 */
export const NAMESPACES = ['common', 'editor', 'panels', 'pain', 'workshop', 'present', 'import', 'metrics', 'gaps', 'compare', 'print', 'export'] as const;

const resources = {
  en: { common: enCommon, editor: enEditor, panels: enPanels, pain: enPain, workshop: enWorkshop, present: enPresent, import: enImport, metrics: enMetrics, gaps: enGaps, compare: enCompare, print: enPrint, export: enExport },
  'zh-CN': { common: zhCommon, editor: zhEditor, panels: zhPanels, pain: zhPain, workshop: zhWorkshop, present: zhPresent, import: zhImport, metrics: zhMetrics, gaps: zhGaps, compare: zhCompare, print: zhPrint, export: zhExport },
};

/** The language the system asks for, used while the user has not chosen one. */
export function systemLanguage(navigatorLanguage: string): Language {
  return navigatorLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The saved choice, or the system's language when the setting is null. */
export function resolveLanguage(setting: Language | null, navigatorLanguage: string): Language {
  return setting ?? systemLanguage(navigatorLanguage);
}

/** The UI language in effect now. */
export function currentLanguage(): Language {
  return i18next.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** Starts i18next with the bundled resources; nothing is fetched, so it is ready when this resolves. */
export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    // React escapes text itself; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  document.documentElement.lang = language;
}

/** Switches the UI language at once, without a reload. */
export async function applyLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next as i18n };
