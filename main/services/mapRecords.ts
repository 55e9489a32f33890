import { isSharedRecord, plainRecord, sharedRecord } from '../../src/commands/sharedRecord';
import type { JourneyMap } from '../../src/model/journey';

const plainCopies = new WeakMap<JourneyMap, JourneyMap>();

/**
 * The store edits its cached maps with shared cards and connections records
 * (src/commands/sharedRecord.ts), so an edit on a map of thousands of cards
 * costs what it changes, not a copy of every card; what leaves the store
 * (replies, exports, copies) gets plain records, which structured clone
 * (Electron IPC) accepts and which read at full speed.
 */

/** `map` with shared cards and connections records; `map` itself when they are shared already. Converting costs one pass over both, once per loaded map. */
export function editableMap(map: JourneyMap): JourneyMap {
  if (isSharedRecord(map.cards) && isSharedRecord(map.connections)) return map;
  const editable = { ...map, cards: sharedRecord(map.cards), connections: sharedRecord(map.connections) };
  // Same content: a map that was all plain is its own plain copy.
  if (!isSharedRecord(map.cards) && !isSharedRecord(map.connections)) plainCopies.set(editable, map);
  return editable;
}

/** `map` with plain cards and connections records (made once per version of the map); `map` itself when they are plain. */
export function plainMap(map: JourneyMap): JourneyMap {
  if (!isSharedRecord(map.cards) && !isSharedRecord(map.connections)) return map;
  let plain = plainCopies.get(map);
  if (!plain) {
    plain = { ...map, cards: plainRecord(map.cards), connections: plainRecord(map.connections) };
    plainCopies.set(map, plain);
  }
  return plain;
}
