import { describe, expect, it } from 'vitest';
import { systemLanguage, resolveLanguage } from '../../../renderer/i18n';
import { baseName, joinPath, pathCrumbs, withExtension, withoutExtension } from '../../../renderer/panels/filePicker/pathParts';
import { projectFileName } from '../../../renderer/panels/home/projectFileName';
import { formatRelativeTime } from '../../../renderer/panels/project/relativeTime';

describe('language choice', () => {
  it('follows the system until the user picks a language', () => {
    expect(systemLanguage('zh-CN')).toBe('zh-CN');
    expect(systemLanguage('zh-TW')).toBe('zh-CN');
    expect(systemLanguage('en-GB')).toBe('en');
    expect(systemLanguage('de')).toBe('en');
    expect(resolveLanguage(null, 'zh-CN')).toBe('zh-CN');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
  });
});

describe('projectFileName', () => {
  it('keeps Chinese and other letters, and adds .cjm', () => {
    expect(projectFileName('新用户引导 2025')).toBe('新用户引导 2025.cjm');
    expect(projectFileName('Café onboarding')).toBe('Café onboarding.cjm');
  });

  it('replaces characters file systems refuse', () => {
    expect(projectFileName('Q3: Web/App "checkout"?')).toBe('Q3- Web-App -checkout.cjm');
    expect(projectFileName('..\\secret')).toBe('secret.cjm');
  });

  it('never gives an empty or reserved name', () => {
    expect(projectFileName('???', 'project')).toBe('project.cjm');
    expect(projectFileName('   ', '项目')).toBe('项目.cjm');
    expect(projectFileName('CON')).toBe('CON_.cjm');
  });

  it('keeps long names to a usable length', () => {
    expect([...projectFileName('旅'.repeat(300))].length).toBe(80 + '.cjm'.length);
  });
});

describe('path helpers', () => {
  it('splits POSIX and Windows paths into clickable crumbs', () => {
    expect(pathCrumbs('/home/ana/Projects')).toEqual([
      { label: '/', path: '/' },
      { label: 'home', path: '/home' },
      { label: 'ana', path: '/home/ana' },
      { label: 'Projects', path: '/home/ana/Projects' },
    ]);
    expect(pathCrumbs('C:\\Users\\ana')).toEqual([
      { label: 'C:', path: 'C:\\' },
      { label: 'Users', path: 'C:\\Users' },
      { label: 'ana', path: 'C:\\Users\\ana' },
    ]);
  });

  it('joins and names paths with the separator the path already uses', () => {
    expect(joinPath('/home/ana', 'a.cjm')).toBe('/home/ana/a.cjm');
    expect(joinPath('/', 'a.cjm')).toBe('/a.cjm');
    expect(joinPath('C:\\Users', 'a.cjm')).toBe('C:\\Users\\a.cjm');
    expect(baseName('C:\\Users\\旅程.cjm')).toBe('旅程.cjm');
    expect(withExtension('map.JSON', '.json')).toBe('map.JSON');
    expect(withExtension('map', '.json')).toBe('map.json');
    expect(withoutExtension('export.json', '.json')).toBe('export');
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2025-06-10T12:00:00Z');

  it('says how long ago in the UI language', () => {
    expect(formatRelativeTime('2025-06-10T11:55:00Z', now, 'en', 'just now')).toBe('5 minutes ago');
    expect(formatRelativeTime('2025-06-09T12:00:00Z', now, 'en', 'just now')).toBe('yesterday');
    expect(formatRelativeTime('2025-06-10T11:55:00Z', now, 'zh-CN', '刚刚')).toBe('5分钟前');
  });

  it('says "just now" for the last minute, and for clocks slightly ahead', () => {
    expect(formatRelativeTime('2025-06-10T11:59:30Z', now, 'en', 'just now')).toBe('just now');
    expect(formatRelativeTime('2025-06-10T12:00:20Z', now, 'en', 'just now')).toBe('just now');
  });

  it('shows a broken timestamp as it is rather than "NaN"', () => {
    expect(formatRelativeTime('not a date', now, 'en', 'just now')).toBe('not a date');
  });
});
