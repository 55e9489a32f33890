import path from 'node:path';
import { Option, type Command } from 'commander';
import type { MapMetrics } from '../../../src/api/contract';
import type { Grain, VelocityReport } from '../../../src/model/metrics';
import type { MapSummary, OpenProject } from '../../../src/model/project';
import { GRAINS } from '../../../src/schema/metrics';
import type { CliSession } from '../cliSession';
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

/** Which numbers a metric or gap command reads: the grain, a period (null: the latest) and a segment (null: all users). */
export interface MetricChoice {
  grain: Grain;
  period: string | null;
  segment: string | null;
}

/** Options choosing the metric period and segment (shared by gaps and metrics). */
export function addMetricChoiceOptions(command: Command): Command {
  return command
    .addOption(new Option('--grain <grain>', 'period length (default month)').choices(GRAINS))
    .option('--period <period>', 'period: 2026, 2026-Q1, 2026-03 or 2026-03-15 (default: the latest with values)')
    .option('--segment <label>', 'segment as the imported file named it (default: all users)');
}

export function metricChoice(flags: { grain?: Grain; period?: string; segment?: string }): MetricChoice {
  const grain = flags.grain ?? 'month';
  return { grain, period: flags.period === undefined ? null : periodStart(flags.period, grain), segment: flags.segment ?? null };
}

/** The map's metrics at `grain` and its velocity (null without an imported transition log). */
export async function loadMetrics(session: CliSession, opened: OpenedMap, grain: Grain): Promise<{ metrics: MapMetrics; velocity: VelocityReport | null }> {
  const ref = { projectId: opened.project.projectId, mapId: opened.map.id };
  const metrics = await session.call('metrics.get', { ...ref, grain });
  const velocity = metrics.hasTransitions ? await session.call('metrics.velocity', ref) : null;
  return { metrics, velocity };
}
