import type { Language } from '../../../src/api/contract';

/** Each language in its own words, as the language switch shows them (not translated on purpose). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };
