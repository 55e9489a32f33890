import type { TFunction } from 'i18next';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "Snapshot 2026-12-05 14:30" in the local time, the name a new snapshot is offered. */
export function defaultSnapshotName(t: TFunction, now: Date): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return t('compare:snapshots.defaultName', { date });
}
