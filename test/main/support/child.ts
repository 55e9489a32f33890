import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

/** Runs a TypeScript file of test/main in a separate Node process (through tsx), stdout piped. */
export function spawnTs(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.resolve('test/main', script), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Resolves on the first stdout line equal to `line`; rejects if the child exits first. */
export function waitForLine(child: ChildProcess, line: string, timeoutMs = 20000): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`no "${line}" within ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    lines.on('line', (text) => {
      if (text !== line) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited with ${code} before "${line}": ${stderr}`));
    });
  });
}

/**
 * Waits a random time up to `maxDelayMs`, kills the child with SIGKILL and
 * resolves once it is gone (checked against `exited`, the child's exit
 * signal), then one more turn of the event loop so stdout lines already in
 * the pipe when the kill landed have been read.
 */
export async function killAtRandom(child: ChildProcess, exited: Promise<NodeJS.Signals | null>, maxDelayMs: number, context: () => string = () => ''): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.random() * maxDelayMs));
  child.kill('SIGKILL');
  const signal = await exited;
  if (signal !== 'SIGKILL') throw new Error(`the child ended with ${String(signal)}, not SIGKILL${context() ? `: ${context()}` : ''}`);
  await new Promise((resolve) => setImmediate(resolve));
}
