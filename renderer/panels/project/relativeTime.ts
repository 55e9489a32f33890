const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "5 minutes ago" / "5分钟前" for an ISO timestamp, in the UI language. Uses
 * Intl so plural rules and word order are right in every language without
 * translating each unit ourselves; under a minute it says `justNow`, because
 * Intl's "now" / "现在" reads oddly after "Changed".
 */
export function formatRelativeTime(iso: string, now: Date, language: string, justNow: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return justNow;
}

/** The full local date and time, for a tooltip next to a relative time. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}
