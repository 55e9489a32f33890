import type { ContentOptions } from '../../../src/export/exportOptions';
import type { Card, Id, JourneyMap } from '../../../src/model/journey';

/**
 * The map with only what the export options keep. Lanes left out are passed
 * to the layout as hidden lanes (as the canvas's view filter hides them, so
 * lane indexes and the area crop stay the canvas's); stages left out are
 * removed, and the columns after them close up; cards of other personas are
 * removed (cards tagged with no persona are about everyone and stay).
 */
export interface PrintMap {
  map: JourneyMap;
  hiddenLaneIds: Id[];
}

// A card tagged with no persona is about everyone, as in src/views/viewFilter.ts.
const keepsPersona = (card: Pick<Card, 'personaIds'>, personaIds: ReadonlySet<Id> | null): boolean =>
  personaIds === null || !card.personaIds || card.personaIds.length === 0 || card.personaIds.some((id) => personaIds.has(id));

/**
 * A card spanning several stages keeps the stages of its span that are kept:
 * it moves to the first of them and spans as many as remain (they are
 * consecutive once the others are gone). No kept stage: the card goes.
 */
function placeInKeptStages(card: Card, stageIds: readonly Id[], kept: ReadonlySet<Id>): Card | null {
  const start = stageIds.indexOf(card.stageId);
  if (start < 0) return null;
  const covered = stageIds.slice(start, start + (card.span ?? 1)).filter((id) => kept.has(id));
  const first = covered[0];
  if (first === undefined) return null;
  if (first === card.stageId && covered.length === (card.span ?? 1)) return card;
  return { ...card, stageId: first, span: covered.length };
}

/** The parts of `map` that `content` keeps. */
export function filterForPrint(map: JourneyMap, content: Pick<ContentOptions, 'laneIds' | 'stageIds' | 'personaIds'>): PrintMap {
  const keptStages = new Set(content.stageIds ?? map.stages.map((s) => s.id));
  const keptLanes = content.laneIds === null ? null : new Set(content.laneIds);
  const personas = content.personaIds === null ? null : new Set(content.personaIds);
  const stageIds = map.stages.map((s) => s.id);
  const hiddenLaneIds = keptLanes ? map.lanes.filter((l) => !keptLanes.has(l.id)).map((l) => l.id) : [];
  const hidden = new Set(hiddenLaneIds);

  const cards: Record<Id, Card> = {};
  for (const card of Object.values(map.cards)) {
    if (hidden.has(card.laneId) || !keepsPersona(card, personas)) continue;
    const placed = placeInKeptStages(card, stageIds, keptStages);
    if (placed) cards[card.id] = placed;
  }
  const connections = Object.fromEntries(Object.entries(map.connections).filter(([, c]) => cards[c.source] && cards[c.target]));
  const stages = map.stages.filter((s) => keptStages.has(s.id));
  const phases = map.phases?.filter((phase) => stages.some((s) => s.phaseId === phase.id));
  const emotions = map.emotions
    ? Object.fromEntries(Object.entries(map.emotions).filter(([, p]) => keptStages.has(p.stageId) && !hidden.has(p.laneId)))
    : undefined;
  return { map: { ...map, stages, phases, cards, connections, emotions }, hiddenLaneIds };
}
