import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/files';
import { cliProcess } from './cliSupport';

/**
 * Commands that write no PDF, PNG or SVG start quickly because they never
 * load playwright-core (about a second on its own): a module hook in the
 * process refuses to resolve it, so loading it anywhere fails the command.
 */
describe('journey-studio without Chromium', () => {
  let temp: ReturnType<typeof tempDir>;
  let env: Record<string, string>;
  beforeEach(() => {
    temp = tempDir('journey-cli-startup-');
    fs.mkdirSync(temp.file('tmp'));
    fs.writeFileSync(
      temp.file('refuse-hooks.mjs'),
      `export async function resolve(specifier, context, next) {
  if (specifier === 'playwright-core' || specifier.startsWith('playwright-core/')) throw new Error('playwright-core was loaded');
  return next(specifier, context);
}\n`,
    );
    fs.writeFileSync(temp.file('refuse.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(temp.file('refuse-hooks.mjs')).href)});\n`);
    env = { TMPDIR: temp.file('tmp'), NODE_OPTIONS: `--import ${pathToFileURL(temp.file('refuse.mjs')).href}` };
  });
  afterEach(() => temp.remove());

  it('creates, imports (dry run), lists gaps and prints help without loading playwright-core', async () => {
    for (const argv of [['--help'], ['new', 'shop.cjm', '--template', 'paidChannel'], ['gaps', 'shop.cjm', '--json']]) {
      const run = await cliProcess(argv, temp.dir, env);
      expect(run.stderr, argv.join(' ')).not.toContain('playwright-core was loaded');
      expect(run.code, argv.join(' ')).toBe(0);
    }
    fs.writeFileSync(temp.file('week.csv'), '渠道,访问次数\n微信,5200\n');
    const dry = await cliProcess(['import', 'shop.cjm', 'week.csv', '--period', '2026-03', '--dry-run'], temp.dir, env);
    expect(dry.stderr).not.toContain('playwright-core was loaded');
    expect(dry.code).toBe(0);
  });

  it('the hook does refuse playwright-core when something loads it', async () => {
    fs.writeFileSync(temp.file('loads.mjs'), "await import('playwright-core');\n");
    const run = await cliProcess(['--help'], temp.dir, { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS} --import ${pathToFileURL(temp.file('loads.mjs')).href}` });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('playwright-core was loaded');
  });
});
