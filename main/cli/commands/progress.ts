import type { CliContext } from '../cliSession';

/** One progress line for a terminal: carriage return, the text, then clear the rest of the line. */
export function progressLine(label: string, fraction: number, detail = ''): string {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return `\r${label} ${String(percent).padStart(3)}%${detail ? ` ${detail}` : ''}\u001b[K`;
}

/** Draws progress on stderr when it is a terminal, only when the line changes; `end()` moves to a fresh line. */
export function progressReporter(ctx: CliContext): { show(label: string, fraction: number, detail?: string): void; end(): void } {
  let last = '';
  return {
    show(label, fraction, detail) {
      const line = progressLine(label, fraction, detail);
      if (!ctx.progress || line === last) return;
      last = line;
      ctx.err(line);
    },
    end() {
      if (ctx.progress && last !== '') ctx.err('\n');
      last = '';
    },
  };
}
