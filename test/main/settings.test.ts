import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore, MAX_RECENT_PROJECTS } from '../../main/services/settings';
import { listing, tempDir } from './support/files';

describe('settings and recent projects', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => temp.remove());

  it('starts with defaults and keeps changes across restarts', () => {
    const first = createSettingsStore(temp.file('data'));
    expect(first.get()).toEqual({ language: null, authorName: '' });
    expect(first.set({ language: 'zh-CN' })).toEqual({ language: 'zh-CN', authorName: '' });
    first.set({ authorName: 'Mei' });
    const again = createSettingsStore(temp.file('data'));
    expect(again.get()).toEqual({ language: 'zh-CN', authorName: 'Mei' });
    expect(again.set({ language: null }).language).toBeNull();
    expect(listing(temp.file('data'))).toEqual(['settings.json']);
  });

  it('keeps at most 15 recent projects, most recent first, with no duplicates, and checks they exist', () => {
    const store = createSettingsStore(temp.dir);
    fs.writeFileSync(temp.file('real.cjm'), '');
    for (let i = 0; i < 20; i++) store.addRecent(temp.file(`p${i}.cjm`), `P${i}`, `2025-01-01T00:00:${String(i).padStart(2, '0')}.000Z`);
    store.addRecent(temp.file('p10.cjm'), 'P10 again');
    const recent = store.addRecent(temp.file('real.cjm'), 'Real');
    expect(recent).toHaveLength(MAX_RECENT_PROJECTS);
    expect(recent.slice(0, 3).map((r) => r.name)).toEqual(['Real', 'P10 again', 'P19']);
    expect(recent.filter((r) => r.name.startsWith('P10'))).toHaveLength(1);
    expect(recent.map((r) => r.exists)).toEqual([true, ...Array(MAX_RECENT_PROJECTS - 1).fill(false)]);
    expect(createSettingsStore(temp.dir).forgetRecent(temp.file('real.cjm')).map((r) => r.name)[0]).toBe('P10 again');
  });

  it('moves a corrupt settings file aside, warns, and uses defaults', () => {
    fs.writeFileSync(temp.file('settings.json'), '{"language": "en", "recent": [');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createSettingsStore(temp.dir);
    expect(store.get()).toEqual({ language: null, authorName: '' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('settings.json.bad-'));
    warn.mockRestore();
    const aside = listing(temp.dir).filter((name) => name.startsWith('settings.json.bad-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(temp.file(aside[0]!), 'utf8')).toBe('{"language": "en", "recent": [');
    store.set({ authorName: 'New' });
    expect(JSON.parse(fs.readFileSync(temp.file('settings.json'), 'utf8'))).toMatchObject({ authorName: 'New' });
  });

  it('tolerates one bad value without losing the rest', () => {
    fs.writeFileSync(temp.file('settings.json'), JSON.stringify({ language: 'fr', authorName: 'Ana', recent: [] }));
    expect(createSettingsStore(temp.dir).get()).toEqual({ language: null, authorName: 'Ana' });
  });
});
