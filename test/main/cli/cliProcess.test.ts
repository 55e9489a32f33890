import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/files';
import { cliProcess } from './cliSupport';

describe('journey-studio as a process', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    temp = tempDir('journey-cli-process-');
    for (const dir of ['work', 'home', 'tmp']) fs.mkdirSync(temp.file(dir));
  });
  afterEach(() => temp.remove());

  // Where the app would keep settings and recent projects, and the temporary folder, all inside the test's folder.
  const env = () => ({ HOME: temp.file('home'), XDG_CONFIG_HOME: temp.file('home/.config'), TMPDIR: temp.file('tmp'), JOURNEY_STUDIO_DATA_DIR: temp.file('home/data') });

  it('keeps data on stdout and messages on stderr, closes the file cleanly and leaves no settings or temporary files', async () => {
    const created = await cliProcess(['new', 'shop.cjm', '--template', 'starter'], temp.file('work'), env());
    expect(created).toMatchObject({ code: 0, stdout: `${temp.file('work/shop.cjm')}\n` });
    expect(created.stderr).toMatch(/^Created "shop"/);

    const gaps = await cliProcess(['gaps', 'shop.cjm', '--json'], temp.file('work'), env());
    expect(gaps).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(gaps.stdout)).toMatchObject({ map: { name: 'Starter journey' }, gaps: expect.any(Array) });

    // A clean close checkpoints the write-ahead log into the file and removes it.
    expect(fs.readdirSync(temp.file('work'))).toEqual(['shop.cjm']);
    expect(fs.readdirSync(temp.file('home'))).toEqual([]);
    // tsx keeps its compile cache there too (tsx-*); the command's own settings folders (journey-cli-*) are gone.
    expect(fs.readdirSync(temp.file('tmp')).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
  });

  it('exits 2 for a usage error and 3 for a missing project, with nothing on stdout', async () => {
    const usage = await cliProcess(['metrics', 'shop.cjm', '--grain', 'fortnight'], temp.file('work'), env());
    expect(usage).toMatchObject({ code: 2, stdout: '' });
    expect(usage.stderr).toContain("argument 'fortnight' is invalid. Allowed choices are day, week, month, quarter, year.");
    const missing = await cliProcess(['metrics', 'shop.cjm'], temp.file('work'), env());
    expect(missing).toEqual({ code: 3, stdout: '', stderr: `journey-studio: Project file not found: ${temp.file('work/shop.cjm')}\n` });
  });
});
