import path from 'node:path';
import { Option, type Command } from 'commander';
import { CalendarDaySchema, type MapMetrics } from '../../../src/api/contract';
import type { DateRange } from '../../../src/metrics/periods';
import type { Grain, VelocityReport } from '../../../src/model/metrics';
import type { MapSummary, OpenProject } from '../../../src/model/project';
import { GRAINS } from '../../../src/schema/metrics';
import type { CliSession } from '../cliSession';
import { usageError } from '../cliErrors';
import { resolveMap } from '../mapRefs';
import { periodStart } from '../periodFlag';

/** The project file and the map a command works on. */
export interface OpenedMap {
  project: OpenProject;
  map: MapSummary;
  /** The file's name, for messages. */
  file: string;
}

/** Opens the project and finds the map `--map` names (or its only map). */
export async function openMap(session: CliSession, projectFile: string, mapName: string | undefined): Promise<OpenedMap> {
  const project = await session.openProject(projectFile);
  const file = path.basename(project.path);
  return { project, map: resolveMap(project.maps, mapName, file), file };
}

/**
 * Which numbers a metric or gap command reads: the grain, a period (null: the
 * latest) and a segment (null: all users); with a custom date range, the one
 * bucket of that range, named by its first day (`period` is then range.from).
 */
export interface MetricChoice {
  grain: Grain;
  period: string | null;
  segment: string | null;
  range: DateRange | null;
}

/** Options choosing the metric period and segment (shared by gaps and metrics). */
export function addMetricChoiceOptions(command: Command): Command {
  return command
    .addOption(new Option('--grain <grain>', 'period length (default month)').choices(GRAINS))
    .option('--period <period>', 'period: 2026, 2026-Q1, 2026-03 or 2026-03-15 (default: the latest with values)')
    .option('--from <day>', 'custom date range: first day, YYYY-MM-DD (with --to, instead of --grain and --period)')
    .option('--to <day>', 'custom date range: last day, YYYY-MM-DD, included (a week counts by its Thursday, a month by its 1st)')
    .option('--segment <label>', 'segment as the imported file named it (default: all users)');
}

/** `--from` and `--to` as a checked range (the same rule as metrics.get), or null when neither is given. */
function rangeChoice(flags: { grain?: Grain; period?: string; from?: string; to?: string }): DateRange | null {
  const { from, to } = flags;
  if (from === undefined && to === undefined) return null;
  if (from === undefined || to === undefined) throw usageError(`${from === undefined ? '--from' : '--to'} is missing: a custom date range needs both --from and --to (YYYY-MM-DD).`);
  if (flags.period !== undefined || flags.grain !== undefined) throw usageError('--from/--to choose a custom date range; leave out --grain and --period.');
  const range = { from: from.trim(), to: to.trim() };
  for (const [flag, day] of [
    ['--from', range.from],
    ['--to', range.to],
  ] as const) {
    if (!CalendarDaySchema.safeParse(day).success) throw usageError(`${flag} "${day}" is not a day of the calendar; write YYYY-MM-DD, e.g. 2026-03-31.`);
  }
  if (range.from > range.to) throw usageError(`--from ${range.from} is after --to ${range.to}.`);
  return range;
}

export function metricChoice(flags: { grain?: Grain; period?: string; segment?: string; from?: string; to?: string }): MetricChoice {
  const range = rangeChoice(flags);
  const grain = flags.grain ?? 'month';
  const period = range !== null ? range.from : flags.period === undefined ? null : periodStart(flags.period, grain);
  return { grain, period, segment: flags.segment ?? null, range };
}

/** The map's metrics for the choice (its grain, or its custom range) and its velocity (null without an imported transition log). */
export async function loadMetrics(
  session: CliSession,
  opened: OpenedMap,
  choice: Grain | Pick<MetricChoice, 'grain' | 'range'>,
): Promise<{ metrics: MapMetrics; velocity: VelocityReport | null }> {
  const ref = { projectId: opened.project.projectId, mapId: opened.map.id };
  const { grain, range } = typeof choice === 'string' ? { grain: choice, range: null } : choice;
  const metrics = await session.call('metrics.get', { ...ref, grain, ...(range ? { range } : {}) });
  // Over a custom range, velocity counts the transitions made inside it.
  const velocity = metrics.hasTransitions ? await session.call('metrics.velocity', { ...ref, ...(range ? range : {}) }) : null;
  return { metrics, velocity };
}
