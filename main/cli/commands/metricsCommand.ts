import { Option, type Command } from 'commander';
import { SUPPORTED_LANGUAGES, type Language, type MapMetrics } from '../../../src/api/contract';
import { definitionOf, formatMetricValue, metricName, metricStatus } from '../../../src/metrics/definitions';
import { effectivePeriod } from '../../../src/metrics/readings';
import { mapFigures, targetFigure, type Figure } from '../../../src/metrics/figures';
import { formulaText, scopeName } from '../../../src/metrics/figureText';
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


/** Every metric value of the map for the period and segment, as the map's badges and tiles show them. */
function metricRows(data: MapMetrics, map: JourneyMap, catalog: ProjectCatalog, choice: MetricChoice, language: Language) {
  return seriesKeys(data, map).flatMap(({ target, metric }) => {
    const selected = targetFigure(data, target, metric, choice);
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
        status: definition ? metricStatus(selected.value, definition, { target, segment: choice.segment }) : 'none',
      },
    ];
  });
}

const changeText = (change: number | null): string => (change === null ? '' : `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%`);

/** A figure of src/metrics/figures as the JSON output and the table write it. */
function figureJson(figure: Figure, metrics: MapMetrics, nameOf: (target: MetricTarget) => string, language: Language) {
  const definition = definitionOf(metrics.definitions, figure.metric);
  return {
    scope: figure.scope.kind === 'target' ? { kind: figure.scope.target.kind, target: figure.scope.target } : { kind: 'overall', of: figure.scope.of, targets: figure.targets ?? null },
    where: scopeName(figure.scope, nameOf, language),
    metric: figure.metric,
    name: definition ? metricName(definition, language) : figure.metric,
    value: figure.value,
    valueText: formatMetricValue(figure.value, definition, language),
    period: figure.period,
    covers: figure.point.from && figure.point.to ? { from: figure.point.from, to: figure.point.to } : null,
    ...(figure.point.numerator !== undefined ? { numerator: figure.point.numerator, denominator: figure.point.denominator } : {}),
    formula: formulaText(figure, metrics.definitions, language),
    approximate: figure.point.approximate === true,
  };
}

/** Every figure the Metrics panel shows beyond the stored values: overall figures, rates, both indexes, the stage funnel and rates the file contradicted. */
function figuresJson(metrics: MapMetrics, map: JourneyMap, choice: MetricChoice, nameOf: (target: MetricTarget) => string, language: Language) {
  const figures = mapFigures(metrics, map, choice);
  return {
    overall: figures.overall.map((f) => figureJson(f, metrics, nameOf, language)),
    rates: figures.rates.map((f) => figureJson(f, metrics, nameOf, language)),
    firstVisitConversionIndex: figures.firstVisit.map(({ scope, ...index }) => ({ where: scopeName(scope, nameOf, language), scope, ...index })),
    channelQualityIndex: figures.channelQuality && {
      ...figures.channelQuality,
      rows: figures.channelQuality.rows.map((row) => ({ ...row, name: nameOf(row.target) })),
    },
    funnel: figures.funnel.map((step) => ({ ...step, stage: map.stages.find((stage) => stage.id === step.stageId)?.name ?? step.stageId })),
    rateNotices: metrics.rateNotices ?? [],
  };
}

const indexText = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));

async function runMetrics(ctx: CliContext, projectFile: string, flags: MetricsFlags): Promise<void> {
  const choice = metricChoice(flags);
  const language = flags.lang ?? 'en';
  await withSession(ctx, { printView: false }, async (session) => {
    const opened = await openMap(session, projectFile, flags.map);
    const ref = { projectId: opened.project.projectId, mapId: opened.map.id };
    const map = await session.call('map.get', ref);
    const catalog = await session.call('catalog.get', { projectId: ref.projectId });
    const { metrics, velocity } = await loadMetrics(session, opened, choice);
    const period = effectivePeriod(metrics, choice.period);
    const rows = metricRows(metrics, map, catalog, choice, language);
    const nameOf = (target: MetricTarget) => metricTargetName(target, map, catalog, language);
    const figures = figuresJson(metrics, map, choice, nameOf, language);
    if (flags.json) {
      const output = { map: { id: map.id, name: map.name }, grain: choice.grain, period, range: choice.range ?? null, segment: choice.segment, values: rows, ...figures, velocity };
      ctx.out(`${JSON.stringify(output, null, 2)}\n`);
      return;
    }
    const segment = choice.segment === null ? 'all users' : `segment "${choice.segment}"`;
    const when = choice.range ? `${choice.range.from} to ${choice.range.to}` : `${choice.grain} ${period ?? '(no periods)'}`;
    ctx.err(`Metrics of "${map.name}" in ${opened.file}: ${when}, ${segment}; ${rows.length} values.\n`);
    if (rows.length === 0) return;
    const table = rows.map((row) => [row.target.kind, row.target.name, row.name, row.valueText, changeText(row.change), row.status === 'none' ? '' : row.status]);
    ctx.out(textTable(['TARGET', 'NAME', 'METRIC', 'VALUE', 'CHANGE', 'STATUS'], table));
    if (figures.overall.length > 0) {
      ctx.out('\nOverall\n');
      ctx.out(textTable(['WHERE', 'METRIC', 'VALUE', 'COVERS', 'FORMULA'], figures.overall.map((f) => [f.where, f.name, f.valueText, f.covers ? `${f.covers.from}..${f.covers.to}` : '', f.formula])));
    }
    if (figures.firstVisitConversionIndex.length > 0) {
      ctx.out('\nFirst-visit conversion index\n');
      ctx.out(textTable(['WHERE', 'INDEX'], figures.firstVisitConversionIndex.map((i) => [i.where, indexText(i.index)])));
    }
    if (figures.channelQualityIndex) {
      ctx.out('\nChannel conversion quality index\n');
      ctx.out(textTable(['CHANNEL', 'INDEX'], figures.channelQualityIndex.rows.map((r) => [r.name, indexText(r.index)])));
    }
    for (const notice of figures.rateNotices) {
      ctx.err(`Note: ${notice.metric} of ${nameOf(notice.target)} is ${(notice.stated * 100).toFixed(2)}% in ${notice.fileName} (rows ${notice.rows.join(', ')}) but its counts give ${(notice.computed * 100).toFixed(4)}%; the counts are used.\n`);
    }
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
Below the values: overall figures (counts added up over all channels, rates recomputed from the
summed counts), the first-visit and channel conversion quality indexes. --json adds the rates per
target, the stage funnel, stage velocity and rates the file contradicts.

Examples:
  journey-studio metrics shop.cjm --map Checkout
  journey-studio metrics shop.cjm --map Checkout --grain quarter --period 2026-Q1 --segment "New customers"
  journey-studio metrics shop.cjm --map Checkout --json | jq '.values[] | select(.status == "red")'`,
    )
    .action((projectFile: string, flags: MetricsFlags) => runMetrics(ctx, projectFile, flags));
}
