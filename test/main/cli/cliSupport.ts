import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../../main/cli/runCli';

/** What one run of the command line printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `journey-studio <argv>` in this process (the same code as the binary, output captured). */
export async function cli(argv: string[], cwd: string, options: { staticDir?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    progress: false,
    cwd,
    staticDir: options.staticDir ?? path.resolve('dist/renderer'),
    version: '9.8.7',
  });
  return { code, stdout, stderr };
}

/** Runs the command line from source as its own Node process (through tsx), as a pipeline would. */
export function cliProcess(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  // tsx's loader by its file URL: the working folder is a temporary one, where "tsx" resolves to nothing.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsx, path.resolve('main/cli/cli.ts'), ...argv], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
