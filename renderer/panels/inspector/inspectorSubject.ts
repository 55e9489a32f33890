import type { Card, Connection, JourneyMap, Lane, Phase, Stage } from '../../../src/model/journey';
import type { HeaderSelection } from '../../store/selectionStore';

/** What the inspector edits. */
export type InspectorSubject =
  | { kind: 'card'; card: Card }
  | { kind: 'cards'; cards: Card[] }
  | { kind: 'connection'; connection: Connection }
  | { kind: 'stage'; stage: Stage }
  | { kind: 'lane'; lane: Lane }
  | { kind: 'phase'; phase: Phase }
  | { kind: 'map' };

export interface SelectionSnapshot {
  cardIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  header: HeaderSelection | null;
}

/**
 * Picks what to edit from the selection: cards first, then a single
 * connection, then a header; the map when nothing (or nothing that still
 * exists, e.g. after undo removed it) is selected.
 */
export function inspectorSubject(map: JourneyMap, selection: SelectionSnapshot): InspectorSubject {
  const cards = [...selection.cardIds].flatMap((id) => map.cards[id] ?? []);
  if (cards.length === 1) return { kind: 'card', card: cards[0]! };
  if (cards.length > 1) return { kind: 'cards', cards };
  const connections = [...selection.edgeIds].flatMap((id) => map.connections[id] ?? []);
  if (connections.length === 1) return { kind: 'connection', connection: connections[0]! };
  const header = selection.header;
  if (header?.kind === 'stage') {
    const stage = map.stages.find((s) => s.id === header.id);
    if (stage) return { kind: 'stage', stage };
  } else if (header?.kind === 'lane') {
    const lane = map.lanes.find((l) => l.id === header.id);
    if (lane) return { kind: 'lane', lane };
  } else if (header?.kind === 'phase') {
    const phase = map.phases?.find((p) => p.id === header.id);
    if (phase) return { kind: 'phase', phase };
  }
  return { kind: 'map' };
}
