import type { Comment, CommentTarget, SavedView, VoteSession } from '../../src/model/annotations';
import type { Card, Connection, EmotionPoint, JourneyMap } from '../../src/model/journey';

/** Old id -> new id for one kind of entity; ids are only unique within a kind. */
function renamer(makeId: () => string) {
  const ids = new Map<string, string>();
  return {
    fresh(id: string): string {
      const next = makeId();
      ids.set(id, next);
      return next;
    },
    remap: (id: string): string => ids.get(id) ?? id,
  };
}

type Renamer = ReturnType<typeof renamer>;

/** Every key of `record` passed through `remap` (votes are keyed by card id). */
const remapKeys = <T>(record: Record<string, T>, remap: (id: string) => string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [remap(key), value]));

/** Points a copied card's links to other cards (pain point -> the card it is about, opportunity -> what it addresses) at the copies. */
function remapCardLinks(card: Card, cardIds: Renamer): void {
  if (card.pain?.aboutCardId !== undefined) card.pain.aboutCardId = cardIds.remap(card.pain.aboutCardId);
  if (card.opportunity?.addresses !== undefined) card.opportunity.addresses = card.opportunity.addresses.map(cardIds.remap);
}

/**
 * A deep copy of `map` in which the map and every phase, stage, lane, card,
 * connection, emotion point, comment, vote session and saved view has a new id,
 * with all references between them remapped (pain points' cards, what
 * opportunities address, comment targets and threads, ballots, hidden lanes),
 * so the copy can live next to the original and be edited independently.
 * References outside the map (personas, channels, segments, images, linked
 * maps) are project-wide and stay as they are, and so do references to
 * entities the map no longer has (soft references of comments and links).
 */
export function copyMapWithNewIds(map: JourneyMap, name: string, makeId: () => string): JourneyMap {
  const clone = <T>(value: T): T => structuredClone(value);
  const phaseIds = renamer(makeId);
  const stageIds = renamer(makeId);
  const laneIds = renamer(makeId);
  const cardIds = renamer(makeId);
  const { stages: _s, lanes: _l, cards: _c, connections: _k, phases: _p, emotions: _e, comments: _m, votes: _v, views: _w, ...mapFields } = map;

  const phases = map.phases?.map((phase) => ({ ...clone(phase), id: phaseIds.fresh(phase.id) }));
  const stages = map.stages.map((stage) => {
    const copy = { ...clone(stage), id: stageIds.fresh(stage.id) };
    if (stage.phaseId !== undefined) copy.phaseId = phaseIds.remap(stage.phaseId);
    return copy;
  });
  const lanes = map.lanes.map((lane) => ({ ...clone(lane), id: laneIds.fresh(lane.id) }));
  const cards: Record<string, Card> = {};
  for (const card of Object.values(map.cards)) {
    const id = cardIds.fresh(card.id);
    cards[id] = { ...clone(card), id, stageId: stageIds.remap(card.stageId), laneId: laneIds.remap(card.laneId) };
  }
  for (const card of Object.values(cards)) remapCardLinks(card, cardIds);
  const connections: Record<string, Connection> = {};
  for (const connection of Object.values(map.connections)) {
    const id = makeId();
    connections[id] = { ...clone(connection), id, source: cardIds.remap(connection.source), target: cardIds.remap(connection.target) };
  }
  const mapId = makeId();
  const copy: JourneyMap = { ...clone(mapFields), id: mapId, name, stages, lanes, cards, connections };
  if (phases) copy.phases = phases;
  if (map.emotions) {
    const emotions: Record<string, EmotionPoint> = {};
    for (const point of Object.values(map.emotions)) {
      const id = makeId();
      emotions[id] = { ...clone(point), id, stageId: stageIds.remap(point.stageId), laneId: laneIds.remap(point.laneId) };
    }
    copy.emotions = emotions;
  }
  const targetIds: Record<CommentTarget['kind'], (id: string) => string> = {
    card: cardIds.remap,
    stage: stageIds.remap,
    lane: laneIds.remap,
    map: (id) => (id === map.id ? mapId : id),
  };
  if (map.comments) {
    const commentIds = renamer(makeId);
    const fresh = Object.values(map.comments).map((comment) => ({ ...clone(comment), id: commentIds.fresh(comment.id) }));
    const comments: Record<string, Comment> = {};
    for (const comment of fresh) {
      comment.target = { ...comment.target, id: targetIds[comment.target.kind](comment.target.id) };
      if (comment.parentId !== undefined) comment.parentId = commentIds.remap(comment.parentId);
      comments[comment.id] = comment;
    }
    copy.comments = comments;
  }
  if (map.votes) {
    const votes: Record<string, VoteSession> = {};
    for (const session of Object.values(map.votes)) {
      const id = makeId();
      const ballots = Object.fromEntries(Object.entries(session.ballots).map(([participant, dots]) => [participant, remapKeys(dots, cardIds.remap)]));
      // Participant ids only mean something inside their session, so they keep theirs.
      votes[id] = { ...clone(session), id, ballots };
    }
    copy.votes = votes;
  }
  if (map.views) {
    const views: Record<string, SavedView> = {};
    for (const view of Object.values(map.views)) {
      const id = makeId();
      const copied = clone(view);
      views[id] = { ...copied, id, filter: { ...copied.filter, hiddenLaneIds: copied.filter.hiddenLaneIds.map(laneIds.remap) } };
    }
    copy.views = views;
  }
  return copy;
}

/**
 * What a template keeps of a map: its structure and cards with their
 * pain-point and opportunity details and moments, but not the discussion and
 * workshop state of one map (comments, votes, saved views).
 */
export function templateContent(map: JourneyMap): JourneyMap {
  const { comments: _comments, votes: _votes, views: _views, ...content } = map;
  return content;
}
