import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeError, toDescribableError } from '../../../renderer/i18n/describeError';
import en from '../../../renderer/i18n/locales/en/common.json';
import zh from '../../../renderer/i18n/locales/zh-CN/common.json';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { en: { common: en }, 'zh-CN': { common: zh } },
    lng: 'en',
    fallbackLng: 'en',
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
});

describe('describeError', () => {
  const notSqlite = { code: 'NOT_SQLITE', message: '/tmp/a.cjm is not a SQLite file', params: { file: '/tmp/a.cjm' } };

  it('translates the code and fills in the file name', () => {
    expect(describeError(i18n.getFixedT('en'), notSqlite)).toBe('“/tmp/a.cjm” is not a Journey Studio project (it is not a SQLite file).');
    expect(describeError(i18n.getFixedT('zh-CN'), notSqlite)).toBe('“/tmp/a.cjm”不是 Journey Studio 项目（它不是 SQLite 文件）。');
  });

  it('says which map is missing when the error is about a map, not the file', () => {
    const error = { code: 'NOT_FOUND', message: 'Map "m1" does not exist in "a.cjm".', params: { file: 'a.cjm', mapId: 'm1' } };
    expect(describeError(i18n.getFixedT('en'), error)).toBe('This map no longer exists in “a.cjm”. It may have been deleted in another window.');
    expect(describeError(i18n.getFixedT('en'), { ...error, code: 'LOCKED' })).toContain('“a.cjm” is in use');
  });

  it('keeps names with "&" or "<" as written', () => {
    const error = { code: 'EXISTS', message: 'exists', params: { file: 'R&D <draft>.cjm' } };
    expect(describeError(i18n.getFixedT('en'), error)).toContain('“R&D <draft>.cjm”');
  });

  it('falls back to the English message for a code it does not know', () => {
    expect(describeError(i18n.getFixedT('zh-CN'), { code: 'NEW_IN_V9', message: 'Something new failed' })).toBe('Something new failed');
  });

  it('falls back to the English message when a value the translation needs is missing', () => {
    const error = { code: 'LOCKED', message: 'The project /x.cjm is locked by another process' };
    expect(describeError(i18n.getFixedT('zh-CN'), error)).toBe('The project /x.cjm is locked by another process');
  });
});

describe('toDescribableError', () => {
  it('keeps code, message and params of an API error', () => {
    const thrown = Object.assign(new Error('gone'), { code: 'NOT_FOUND', params: { file: 'a.cjm' } });
    expect(toDescribableError(thrown)).toEqual({ code: 'NOT_FOUND', message: 'gone', params: { file: 'a.cjm' } });
  });

  it('turns a plain bug into an INTERNAL error with its message', () => {
    expect(toDescribableError(new TypeError('x is undefined'))).toEqual({ code: 'INTERNAL', message: 'x is undefined' });
    expect(toDescribableError('boom')).toEqual({ code: 'INTERNAL', message: 'boom' });
  });
});
