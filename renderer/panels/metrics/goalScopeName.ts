import type { TFunction } from 'i18next';
import { metricTargetName } from '../../../src/export/dataTables';
import { isAdditive, type GoalScope, type ResolvedGoal } from '../../../src/metrics/goals';
import { segmentLabel } from '../../../src/metrics/segments';
import type { MetricLanguage } from '../../../src/metrics/definitions';
import type { ProjectCatalog } from '../../../src/model/catalog';
import type { JourneyMap } from '../../../src/model/journey';
import type { MetricDefinition } from '../../../src/model/metrics';

/** The stage, channel, card or segment a goal is for, by name (an id from another map or a removed channel as it is). */
export function goalScopeName(scope: GoalScope, map: JourneyMap | null, catalog: ProjectCatalog | null, language: MetricLanguage): string {
  switch (scope.kind) {
    case 'map':
      return map?.name ?? '';
    case 'segment':
      return segmentLabel(scope.segment, language);
    default:
      return map && catalog ? metricTargetName(scope, map, catalog, language) : scope.id;
  }
}

/** Which goal a figure was compared with, in words: "Goal for channel Baidu", or the definition's own, for every figure or for the whole map's. */
export function goalSourceText(
  t: TFunction<'metrics'>,
  goal: ResolvedGoal,
  definition: MetricDefinition,
  names: { map: JourneyMap | null; catalog: ProjectCatalog | null; language: MetricLanguage },
): string {
  if (!goal.scope) return t(isAdditive(definition) ? 'detail.goalFor.wholeMap' : 'detail.goalFor.everywhere');
  return t(`detail.goalFor.${goal.scope.kind}`, { name: goalScopeName(goal.scope, names.map, names.catalog, names.language) });
}
