import { Option, type Command } from 'commander';
import { SUPPORTED_LANGUAGES, type Language } from '../../../src/api/contract';
import { analyseGaps, splitAccepted } from '../../../src/gaps/analyseGaps';
import { explainGap, gapNamesOf, gapWords, type GapNames } from '../../../src/gaps/gapWords';
import { metricFactsOf } from '../../../src/gaps/metricFacts';
import type { Gap } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import type { Grain } from '../../../src/model/metrics';
import { withSession, type CliContext, type CliSession } from '../cliSession';
import { textTable } from '../textTable';
import { addMetricChoiceOptions, loadMetrics, metricChoice, openMap, type MetricChoice, type OpenedMap } from './common';

interface GapsFlags {
  map?: string;
  json?: boolean;
  grain?: Grain;
  period?: string;
  segment?: string;
  lang?: Language;
}

/** A gap as the command prints it: names next to ids, the rule key with its name and the explanation in `language`, the English `why` kept for scripts. */
function describeGap(gap: Gap, map: JourneyMap, language: Language, names: GapNames) {
  const words = gapWords(language);
  const stage = gap.stageId === null ? null : (map.stages.find((s) => s.id === gap.stageId)?.name ?? null);
  return {
    key: gap.key,
    severity: gap.severity,
    severityName: words.severity[gap.severity],
    rule: gap.rule,
    ruleName: words.ruleNames[gap.rule],
    stageId: gap.stageId,
    stage,
    cards: gap.cardIds.map((id) => ({ id, title: map.cards[id]?.title ?? '' })),
    explanation: explainGap(gap, language, names),
    why: gap.why,
    params: gap.params,
  };
}

/** The open gaps as a terminal table: severity, stage, rule and explanation in `language`. */
function gapRows(gaps: readonly ReturnType<typeof describeGap>[], language: Language): string {
  const words = gapWords(language);
  const header = (['severity', 'stage', 'rule', 'explanation'] as const).map((column) => words.columns[column].toUpperCase());
  return textTable(
    header,
    gaps.map((gap) => [gap.severityName, gap.stage ?? words.wholeMap, gap.ruleName, gap.explanation]),
  );
}

/**
 * The map's gaps as the gap panel finds them for the chosen period and
 * segment, open and accepted. Metric names and values in the explanations
 * follow `language`, as in the panel; `why` stays the English text the
 * command always printed, from the same rules run with English metric words
 * (a gap's key does not depend on the language).
 */
async function findGaps(session: CliSession, opened: OpenedMap, choice: MetricChoice, language: Language) {
  const ref = { projectId: opened.project.projectId, mapId: opened.map.id };
  const map = await session.call('map.get', ref);
  const settings = await session.call('gaps.settings', { projectId: ref.projectId });
  const catalog = await session.call('catalog.get', { projectId: ref.projectId });
  const { metrics, velocity } = await loadMetrics(session, opened, choice);
  const analyse = (words: Language) => analyseGaps({ map, facts: metricFactsOf(map, metrics, choice, velocity, words), settings });
  const gaps = analyse(language);
  const englishWhy = new Map(language === 'en' ? [] : analyse('en').map((gap) => [gap.key, gap.why]));
  const english = gaps.map((gap) => ({ ...gap, why: englishWhy.get(gap.key) ?? gap.why }));
  return { map, names: gapNamesOf(catalog), ...splitAccepted(english, map.gapAcceptances) };
}

/** The open gaps (and the accepted ones) of a map: a table in the chosen language, or JSON. */
async function runGaps(ctx: CliContext, projectFile: string, flags: GapsFlags): Promise<void> {
  const choice = metricChoice(flags);
  const language = flags.lang ?? 'en';
  await withSession(ctx, { printView: false }, async (session) => {
    const opened = await openMap(session, projectFile, flags.map);
    const { map, names, open, accepted } = await findGaps(session, opened, choice, language);
    const describe = (gap: Gap) => describeGap(gap, map, language, names);
    if (flags.json) {
      const report = {
        map: { id: map.id, name: map.name },
        ...choice,
        language,
        gaps: open.map(describe),
        accepted: accepted.map(({ gap, acceptance }) => ({ ...describe(gap), reason: acceptance.reason, acceptedBy: acceptance.acceptedBy, acceptedAt: acceptance.acceptedAt })),
      };
      ctx.out(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    ctx.err(`Gaps of "${map.name}" in ${opened.file}: ${open.length} open, ${accepted.length} accepted (not listed).\n`);
    if (open.length === 0) return;
    ctx.out(gapRows(open.map(describe), language));
  });
}

export function addGapsCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command('gaps')
    .description('List the open gaps of a map, most severe first')
    .argument('<project>', 'project file (.cjm)')
    .option('--map <name>', 'map name or id (optional when the project has one map)')
    .option('--json', 'print JSON (open gaps, accepted gaps with their reasons) instead of a table')
    .addOption(new Option('--lang <language>', 'language of severities, rule names and explanations (default en)').choices(SUPPORTED_LANGUAGES));
  addMetricChoiceOptions(command)
    .addHelpText(
      'after',
      `
The metric rules read the chosen period and segment (default: the latest month, all users).
--json keeps the rule and severity keys; "explanation", "ruleName" and "severityName" are in
the --lang language, "why" is the rule's English text.

Examples:
  journey-studio gaps shop.cjm --map Checkout
  journey-studio gaps shop.cjm --map Checkout --lang zh-CN
  journey-studio gaps shop.cjm --map Checkout --json | jq '.gaps[] | select(.severity == "high")'`,
    )
    .action((projectFile: string, flags: GapsFlags) => runGaps(ctx, projectFile, flags));
}
