import type { Grain } from '../../src/model/metrics';
import { periodBucket } from '../../src/metrics/periods';
import { usageError } from './cliErrors';

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-?Q([1-4])$/i;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day inside the period as people write it: 2026, 2026-Q1, 2026-03 or 2026-03-15. */
function firstDay(text: string): string | undefined {
  const trimmed = text.trim();
  let match = YEAR.exec(trimmed);
  if (match) return `${match[1]}-01-01`;
  match = QUARTER.exec(trimmed);
  if (match) return `${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  match = MONTH.exec(trimmed);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) return `${match[1]}-${match[2]}-01`;
  if (!DAY.test(trimmed)) return undefined;
  // Date rolls 2026-02-30 over to March; a real day reads back the same.
  const day = new Date(`${trimmed}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === trimmed ? trimmed : undefined;
}

/** The start of the `grain` bucket that `--period` falls in ("2026-03" by month: "2026-03-01"). */
export function periodStart(text: string, grain: Grain): string {
  const day = firstDay(text);
  if (day === undefined) throw usageError(`--period: "${text}" is not a period; write 2026, 2026-Q1, 2026-03 or 2026-03-15.`);
  return periodBucket(day, grain);
}
