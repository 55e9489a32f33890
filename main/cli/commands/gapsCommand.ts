import type { Command } from 'commander';
import { analyseGaps, splitAccepted } from '../../../src/gaps/analyseGaps';
import { metricFactsOf } from '../../../src/gaps/metricFacts';
import type { Gap } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import type { Grain } from '../../../src/model/metrics';
import { withSession, type CliContext } from '../cliSession';
import { textTable } from '../textTable';
import { addMetricChoiceOptions, loadMetrics, metricChoice, openMap } from './common';

interface GapsFlags {
  map?: string;
  json?: boolean;
  grain?: Grain;
  period?: string;
  segment?: string;
}

/** A gap as the command prints it: names next to ids. */
function describeGap(gap: Gap, map: JourneyMap) {
  const stage = gap.stageId === null ? null : (map.stages.find((s) => s.id === gap.stageId)?.name ?? null);
  return {
    key: gap.key,
    severity: gap.severity,
    rule: gap.rule,
    stageId: gap.stageId,
    stage,
    cards: gap.cardIds.map((id) => ({ id, title: map.cards[id]?.title ?? '' })),
    why: gap.why,
    params: gap.params,
  };
}

/** The open gaps (and the accepted ones) of a map, as the gap panel shows them for the chosen period and segment. */
async function runGaps(ctx: CliContext, projectFile: string, flags: GapsFlags): Promise<void> {
  const choice = metricChoice(flags);
  await withSession(ctx, { printView: false }, async (session) => {
    const opened = await openMap(session, projectFile, flags.map);
    const ref = { projectId: opened.project.projectId, mapId: opened.map.id };
    const map = await session.call('map.get', ref);
    const settings = await session.call('gaps.settings', { projectId: ref.projectId });
    const { metrics, velocity } = await loadMetrics(session, opened, choice.grain);
    const facts = metricFactsOf(map, metrics, choice, velocity, 'en');
    const { open, accepted } = splitAccepted(analyseGaps({ map, facts, settings }), map.gapAcceptances);
    if (flags.json) {
      const report = {
        map: { id: map.id, name: map.name },
        ...choice,
        gaps: open.map((gap) => describeGap(gap, map)),
        accepted: accepted.map(({ gap, acceptance }) => ({ ...describeGap(gap, map), reason: acceptance.reason, acceptedBy: acceptance.acceptedBy, acceptedAt: acceptance.acceptedAt })),
      };
      ctx.out(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    ctx.err(`Gaps of "${map.name}" in ${opened.file}: ${open.length} open, ${accepted.length} accepted (not listed).\n`);
    if (open.length === 0) return;
    const rows = open.map((gap) => {
      const shown = describeGap(gap, map);
      return [gap.severity, shown.stage ?? '(whole map)', gap.rule, gap.why];
    });
    ctx.out(textTable(['SEVERITY', 'STAGE', 'RULE', 'EXPLANATION'], rows));
  });
}

export function addGapsCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command('gaps')
    .description('List the open gaps of a map, most severe first')
    .argument('<project>', 'project file (.cjm)')
    .option('--map <name>', 'map name or id (optional when the project has one map)')
    .option('--json', 'print JSON (open gaps, accepted gaps with their reasons) instead of a table');
  addMetricChoiceOptions(command)
    .addHelpText(
      'after',
      `
The metric rules read the chosen period and segment (default: the latest month, all users).

Examples:
  journey-studio gaps shop.cjm --map Checkout
  journey-studio gaps shop.cjm --map Checkout --json | jq '.gaps[] | select(.severity == "high")'`,
    )
    .action((projectFile: string, flags: GapsFlags) => runGaps(ctx, projectFile, flags));
}
