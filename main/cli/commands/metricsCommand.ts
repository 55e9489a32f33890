import { Option, type Command } from 'commander';
import { SUPPORTED_LANGUAGES, type Language, type MapMetrics } from '../../../src/api/contract';
import { selectValue, type SelectedValue } from '../../../src/metrics/aggregate';
import { definitionOf, formatMetricValue, metricName, metricStatus } from '../../../src/metrics/definitions';
import { effectivePeriod } from '../../../src/metrics/readings';
import { targetKey } from '../../../src/metrics/targets';
import type { ProjectCatalog } from '../../../src/model/catalog';
import type { JourneyMap } from '../../../src/model/journey';
import type { Grain, MetricTarget } from '../../../src/model/metrics';
import { metricTargetName } from '../../../src/export/dataTables';
import { withSession, type CliContext } from '../cliSession';
import { textTable } from '../textTable';
import { addMetricChoiceOptions, loadMetrics, metricChoice, openMap, type MetricChoice } from './common';

interface MetricsFlags {
  map?: string;
  json?: boolean;
  grain?: Grain;
  period?: string;
  segment?: string;
  lang?: Language;
}

const KIND_ORDER: Record<MetricTarget['kind'], number> = { map: 0, stage: 1, card: 2, channel: 3, utm: 4 };

/** The distinct (target, metric) pairs of the series: map, stages in map order, cards, channels, UTM; metrics in the definitions' order. */
function seriesKeys(data: MapMetrics, map: JourneyMap): { target: MetricTarget; metric: string }[] {
  const pairs = new Map<string, { target: MetricTarget; metric: string }>();
  for (const series of data.series) pairs.set(`${targetKey(series.target)}|${series.metric}`, { target: series.target, metric: series.metric });
  const stageRank = (target: MetricTarget) => (target.kind === 'stage' ? map.stages.findIndex((stage) => stage.id === target.id) : 0);
  const metricRank = (metric: string) => {
    const index = data.definitions.findIndex((definition) => definition.key === metric);
    return index < 0 ? data.definitions.length : index;
  };
  return [...pairs.values()].sort(
    (a, b) =>
      KIND_ORDER[a.target.kind] - KIND_ORDER[b.target.kind] ||
      stageRank(a.target) - stageRank(b.target) ||
      targetKey(a.target).localeCompare(targetKey(b.target)) ||
      metricRank(a.metric) - metricRank(b.metric),
  );
}

/** The value for the choice; a series without periods (a file with no date column) answers for any period, as on the map. */
function valueFor(data: MapMetrics, target: MetricTarget, metric: string, choice: MetricChoice, period: string | null): SelectedValue | undefined {
  const query = { target, metric, segment: choice.segment, grain: choice.grain };
  const selected = selectValue(data.series, { ...query, period }, data.definitions);
  if (selected || period === null) return selected;
  const undated = selectValue(data.series, { ...query, period: null }, data.definitions);
  return undated?.sparkline.at(-1)?.period === null ? undated : undefined;
}

/** Every metric value of the map for the period and segment, as the map's badges and tiles show them. */
function metricRows(data: MapMetrics, map: JourneyMap, catalog: ProjectCatalog, choice: MetricChoice, language: Language) {
  const period = effectivePeriod(data, choice.period);
  return seriesKeys(data, map).flatMap(({ target, metric }) => {
    const selected = valueFor(data, target, metric, choice, period);
    if (!selected) return [];
    const definition = definitionOf(data.definitions, metric);
    return [
      {
        target: { ...target, name: metricTargetName(target, map, catalog, language) },
        metric,
        name: definition ? metricName(definition, language) : metric,
        value: selected.value,
        valueText: formatMetricValue(selected.value, definition, language),
        period: selected.sparkline.at(-1)?.period ?? null,
        previous: selected.previous,
        change: selected.change,
        status: definition ? metricStatus(selected.value, definition) : 'none',
      },
    ];
  });
}

const changeText = (change: number | null): string => (change === null ? '' : `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%`);

async function runMetrics(ctx: CliContext, projectFile: string, flags: MetricsFlags): Promise<void> {
  const choice = metricChoice(flags);
  const language = flags.lang ?? 'en';
  await withSession(ctx, { printView: false }, async (session) => {
    const opened = await openMap(session, projectFile, flags.map);
    const ref = { projectId: opened.project.projectId, mapId: opened.map.id };
    const map = await session.call('map.get', ref);
    const catalog = await session.call('catalog.get', { projectId: ref.projectId });
    const { metrics } = await loadMetrics(session, opened, choice.grain);
    const period = effectivePeriod(metrics, choice.period);
    const rows = metricRows(metrics, map, catalog, choice, language);
    if (flags.json) {
      ctx.out(`${JSON.stringify({ map: { id: map.id, name: map.name }, grain: choice.grain, period, segment: choice.segment, values: rows }, null, 2)}\n`);
      return;
    }
    const segment = choice.segment === null ? 'all users' : `segment "${choice.segment}"`;
    ctx.err(`Metrics of "${map.name}" in ${opened.file}: ${choice.grain} ${period ?? '(no periods)'}, ${segment}; ${rows.length} values.\n`);
    if (rows.length === 0) return;
    const table = rows.map((row) => [row.target.kind, row.target.name, row.name, row.valueText, changeText(row.change), row.status === 'none' ? '' : row.status]);
    ctx.out(textTable(['TARGET', 'NAME', 'METRIC', 'VALUE', 'CHANGE', 'STATUS'], table));
  });
}

export function addMetricsCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command('metrics')
    .description("List a map's metric values for one period and segment")
    .argument('<project>', 'project file (.cjm)')
    .option('--map <name>', 'map name or id (optional when the project has one map)')
    .option('--json', 'print JSON instead of a table')
    .addOption(new Option('--lang <language>', 'language of metric names and number formats (default en)').choices(SUPPORTED_LANGUAGES));
  addMetricChoiceOptions(command)
    .addHelpText(
      'after',
      `
CHANGE is against the period before; STATUS compares the value with the metric's thresholds.

Examples:
  journey-studio metrics shop.cjm --map Checkout
  journey-studio metrics shop.cjm --map Checkout --grain quarter --period 2026-Q1 --segment "New customers"
  journey-studio metrics shop.cjm --map Checkout --json | jq '.values[] | select(.status == "red")'`,
    )
    .action((projectFile: string, flags: MetricsFlags) => runMetrics(ctx, projectFile, flags));
}
