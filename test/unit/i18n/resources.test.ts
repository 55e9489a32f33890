import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../../src/api/contract';
import { ERROR_CODES } from '../../../src/api/result';

const LOCALES = join(import.meta.dirname, '../../../renderer/i18n/locales');
// i18next picks one of these suffixes by the language's plural rules: English has
// "_one" and "_other", Chinese only "_other", so keys are compared without them.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Resource = { [key: string]: string | Resource };

function readNamespace(language: string, namespace: string): Resource {
  const file = join(LOCALES, language, `${namespace}.json`);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file} is not a JSON object`);
  return parsed as Resource;
}

/** Every leaf as "a.b.c" -> text. */
function flatten(resource: Resource, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(resource)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
  }
  return leaves;
}

const baseKeys = (leaves: Map<string, string>) => [...new Set([...leaves.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*-?\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();

const namespaces = [...new Set(SUPPORTED_LANGUAGES.flatMap((language) => readdirSync(join(LOCALES, language))))]
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

describe('i18n resources', () => {
  it('has a file for every namespace in every language', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'editor']));
    for (const language of SUPPORTED_LANGUAGES) {
      expect(readdirSync(join(LOCALES, language)).filter((f) => f.endsWith('.json')).sort(), language).toEqual(namespaces.map((ns) => `${ns}.json`));
    }
  });

  describe.each(namespaces)('%s.json', (namespace) => {
    const en = flatten(readNamespace('en', namespace));
    const zh = flatten(readNamespace('zh-CN', namespace));

    it('has the same keys in English and Simplified Chinese', () => {
      expect(baseKeys(zh)).toEqual(baseKeys(en));
    });

    it('has every plural form with an "_other" form in both languages', () => {
      for (const leaves of [en, zh]) {
        for (const key of leaves.keys()) {
          if (PLURAL_SUFFIX.test(key)) expect(leaves.has(key.replace(PLURAL_SUFFIX, '_other')), key).toBe(true);
        }
      }
    });

    it('uses the same placeholders in both languages', () => {
      for (const [key, enText] of en) {
        const base = key.replace(PLURAL_SUFFIX, '');
        const zhText = zh.get(key) ?? zh.get(`${base}_other`);
        if (zhText === undefined) continue;
        expect(placeholders(zhText), `${namespace}:${key}`).toEqual(placeholders(enText));
      }
    });

    it('has no empty texts', () => {
      for (const [key, text] of [...en, ...zh]) expect(text.trim(), `${namespace}:${key}`).not.toBe('');
    });
  });

  it('explains every API error code in both languages', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const common = flatten(readNamespace(language, 'common'));
      for (const code of ERROR_CODES) expect(common.get(`errors.${code}`), `${language} errors.${code}`).toBeTruthy();
    }
  });
});
