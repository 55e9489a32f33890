import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  projectsDir: string;
  stop(): Promise<void>;
}

// The build under test: dist/ unless JOURNEY_DIST names another build folder.
const SERVE = path.resolve(process.env.JOURNEY_DIST ?? 'dist', 'main/serve.mjs');

/**
 * Starts the built browser host (`npm run build` first) on a random port with
 * its own temporary data and projects folders, as a user would run it.
 */
export async function startBuiltHost(options: { dataDir?: string; projectsDir?: string } = {}): Promise<RunningHost> {
  if (!fs.existsSync(SERVE)) throw new Error(`${SERVE} is missing: run \`npm run build\` first`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-e2e-'));
  const dataDir = options.dataDir ?? path.join(root, 'data');
  const projectsDir = options.projectsDir ?? path.join(root, 'projects');
  const child: ChildProcess = spawn(process.execPath, [SERVE, '--json', '--port', '0', '--data-dir', dataDir, '--projects-dir', projectsDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const first = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`host did not start in 20 s: ${stderr}`)), 20000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  const { url, token } = JSON.parse(first) as { url: string; token: string };
  return {
    url,
    origin: new URL(url).origin,
    token,
    dataDir,
    projectsDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
