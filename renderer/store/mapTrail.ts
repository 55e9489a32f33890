/**
 * Where the user is among the maps of a project: the map shown and the maps
 * they came through to reach it by following links to sub-journeys (parents
 * first). Pure, so the breadcrumb, Alt+Left and a reload all agree.
 */
export interface MapLocation {
  /** The map in the editor; null while the project's maps are listed. */
  mapId: string | null;
  /** Parent maps, outermost first; empty unless the map was reached through a link. */
  trail: readonly string[];
}

/** Follows a card's link to `target`: the current map becomes the last crumb. */
export function followLink(location: MapLocation, target: string): MapLocation {
  if (location.mapId === null) return { mapId: target, trail: [] };
  if (location.mapId === target) return location;
  // Linking back to a map already on the trail (A → B → A) returns there rather than growing a loop.
  const ancestor = location.trail.indexOf(target);
  if (ancestor >= 0) return { mapId: target, trail: location.trail.slice(0, ancestor) };
  return { mapId: target, trail: [...location.trail, location.mapId] };
}

/** Returns to the parent map at `index` of the trail, dropping everything after it. */
export function backToCrumb(location: MapLocation, index: number): MapLocation {
  const mapId = location.trail[index];
  return mapId === undefined ? location : { mapId, trail: location.trail.slice(0, index) };
}

/** One step back: to the parent map, or to the project when the map was opened from the project. */
export function stepBack(location: MapLocation): MapLocation {
  const parent = location.trail.at(-1);
  return parent === undefined ? { mapId: null, trail: [] } : { mapId: parent, trail: location.trail.slice(0, -1) };
}

/** Drops maps that no longer exist (deleted in the project view or another window) from the trail. */
export function pruneTrail(location: MapLocation, existing: ReadonlySet<string>): MapLocation {
  const trail = location.trail.filter((id) => existing.has(id) && id !== location.mapId);
  return trail.length === location.trail.length ? location : { ...location, trail };
}
