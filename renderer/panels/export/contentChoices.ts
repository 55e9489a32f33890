import type { ContentOptions } from '../../../src/export/exportOptions';
import type { Id, JourneyMap, Lane } from '../../../src/model/journey';
import { laneView, type LaneView } from '../../canvas/laneGroups';

/** The map's lanes by service-blueprint view, in map order, for the dialog's lane checklist. */
export function lanesByView(map: JourneyMap): { view: LaneView; lanes: Lane[] }[] {
  const views: LaneView[] = ['customer', 'internal'];
  return views.map((view) => ({ view, lanes: map.lanes.filter((lane) => laneView(lane.type) === view) })).filter((group) => group.lanes.length > 0);
}

/** The ids a choice stands for: every id when the choice is null ("all"). */
export const chosenIds = (choice: readonly Id[] | null, all: readonly Id[]): Id[] => (choice === null ? [...all] : all.filter((id) => choice.includes(id)));

/**
 * A checklist's state as an option value: null when everything is ticked, so
 * lanes, stages or personas added to the map later are exported too; else the
 * ticked ids in map order.
 */
export function toChoice(checked: readonly Id[], all: readonly Id[]): Id[] | null {
  const kept = all.filter((id) => checked.includes(id));
  return kept.length === all.length ? null : kept;
}

/**
 * Remembered content choices made fit for the map as it is now: lanes, stages
 * and personas deleted since are dropped; a choice that now covers everything
 * becomes "all".
 */
export function pruneContent(content: ContentOptions, map: JourneyMap, personaIds: readonly Id[]): ContentOptions {
  const prune = (choice: Id[] | null, all: Id[]) => (choice === null ? null : toChoice(choice, all));
  return {
    ...content,
    laneIds: prune(content.laneIds, map.lanes.map((lane) => lane.id)),
    stageIds: prune(content.stageIds, map.stages.map((stage) => stage.id)),
    personaIds: prune(content.personaIds, [...personaIds]),
  };
}

/** What keeps the content choices from being exported: no lane or no stage ticked. */
export function contentProblem(content: ContentOptions): 'noLanes' | 'noStages' | null {
  if (content.laneIds?.length === 0) return 'noLanes';
  if (content.stageIds?.length === 0) return 'noStages';
  return null;
}
