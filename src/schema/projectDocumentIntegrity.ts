import type { DocumentMetrics } from './metricsDocument';
import type { Comment, VoteSession } from '../model/annotations';
import type { ProjectCatalog } from '../model/catalog';
import type { Card, EmotionPoint, JourneyMap, Phase, Stage } from '../model/journey';
import { formatIssuePath } from './issuePath';

/** A broken reference or duplicate inside a map, with the path of the field relative to the map. */
export interface MapProblem {
  path: string;
  message: string;
}

const at = (...path: (string | number)[]) => formatIssuePath(path);

function duplicateId(list: readonly { id: string }[], noun: string, ...path: string[]): MapProblem | undefined {
  const seen = new Set<string>();
  for (const [index, item] of list.entries()) {
    if (seen.has(item.id)) return { path: at(...path, index, 'id'), message: `${noun} id "${item.id}" is used twice` };
    seen.add(item.id);
  }
  return undefined;
}

/**
 * Why the stages' phases are inconsistent: a stage in an unknown phase, a
 * phase whose stages are not next to each other, or phase blocks that do not
 * follow the order of `phases`. Undefined when they are consistent.
 */
export function findPhaseProblem(stages: readonly Stage[], phases: readonly Phase[]): MapProblem | undefined {
  const rank = new Map(phases.map((phase, index) => [phase.id, index]));
  const finished = new Set<string>();
  let current: string | undefined;
  let lastRank = -1;
  for (const [index, stage] of stages.entries()) {
    const phaseId = stage.phaseId;
    if (phaseId === current) continue;
    if (current !== undefined) finished.add(current);
    current = phaseId;
    if (phaseId === undefined) continue;
    const path = at('stages', index, 'phaseId');
    const phaseRank = rank.get(phaseId);
    if (phaseRank === undefined) return { path, message: `phase "${phaseId}" does not exist` };
    if (finished.has(phaseId)) {
      return { path, message: `stage "${stage.id}" is apart from the other stages of phase "${phaseId}": a phase's stages must be next to each other` };
    }
    if (phaseRank < lastRank) {
      return { path, message: `the stages of phase "${phaseId}" come after those of phase "${phases[lastRank]?.id ?? ''}": phase blocks must follow the order of the phases` };
    }
    lastRank = phaseRank;
  }
  return undefined;
}

/** The key that makes an emotion point unique: one point per lane, stage, persona and variant. */
export const emotionKey = (point: EmotionPoint): string => `${point.laneId} ${point.stageId} ${point.personaId ?? ''} ${point.variant}`;

function findEmotionProblem(map: JourneyMap): MapProblem | undefined {
  const laneTypes = new Map(map.lanes.map((lane) => [lane.id, lane.type]));
  const stageIds = new Set(map.stages.map((s) => s.id));
  const keys = new Map<string, string>();
  for (const [key, point] of Object.entries(map.emotions ?? {})) {
    const path = (field: string) => at('emotions', key, field);
    if (point.id !== key) return { path: path('id'), message: `emotion point id "${point.id}" differs from its key "${key}"` };
    const laneType = laneTypes.get(point.laneId);
    if (laneType === undefined) return { path: path('laneId'), message: `lane "${point.laneId}" does not exist` };
    if (laneType !== 'emotions') return { path: path('laneId'), message: `lane "${point.laneId}" is of type ${laneType}, not an emotions lane` };
    if (!stageIds.has(point.stageId)) return { path: path('stageId'), message: `stage "${point.stageId}" does not exist` };
    const other = keys.get(emotionKey(point));
    if (other !== undefined) {
      return { path: path('id'), message: `emotion points "${other}" and "${point.id}" are both for the same lane, stage, persona and variant` };
    }
    keys.set(emotionKey(point), point.id);
  }
  return undefined;
}

/**
 * Why a reply cannot hang in its thread: its root is missing, is itself a
 * reply (threads are one level deep), or is about another target. Undefined
 * for a root comment or a well-placed reply.
 */
export function findReplyProblem(reply: Comment, comments: Readonly<Record<string, Comment>>): MapProblem | undefined {
  const parentId = reply.parentId;
  if (parentId === undefined) return undefined;
  const root = Object.hasOwn(comments, parentId) ? comments[parentId] : undefined;
  if (!root) return { path: 'parentId', message: `reply "${reply.id}" answers comment "${parentId}", which does not exist` };
  if (root.parentId !== undefined) {
    return { path: 'parentId', message: `reply "${reply.id}" answers comment "${parentId}", which is itself a reply: replies answer the first comment of a thread` };
  }
  if (root.target.kind !== reply.target.kind || root.target.id !== reply.target.id) {
    return { path: 'target', message: `reply "${reply.id}" is about ${reply.target.kind} "${reply.target.id}" but its thread is about ${root.target.kind} "${root.target.id}"` };
  }
  return undefined;
}

/** Dots a participant has placed in a session. */
export function dotsPlaced(session: VoteSession, participantId: string): number {
  const ballot = Object.hasOwn(session.ballots, participantId) ? session.ballots[participantId] : undefined;
  return Object.values(ballot ?? {}).reduce((sum, count) => sum + count, 0);
}

/**
 * Why a voting session is inconsistent: a participant id used twice, a ballot
 * of someone who is not a participant, or a participant with more dots than
 * the session gives. Ballots on cards that no longer exist are allowed.
 */
export function findVoteSessionProblem(session: VoteSession): MapProblem | undefined {
  const problem = duplicateId(session.participants, 'participant', 'participants');
  if (problem) return problem;
  const names = new Map(session.participants.map((p) => [p.id, p.name]));
  for (const participantId of Object.keys(session.ballots)) {
    const name = names.get(participantId);
    if (name === undefined) {
      return { path: at('ballots', participantId), message: `ballot of "${participantId}", who is not a participant of vote "${session.name}"` };
    }
    const placed = dotsPlaced(session, participantId);
    if (placed > session.votesPerParticipant) {
      return { path: at('ballots', participantId), message: `participant "${name}" placed ${placed} dots but vote "${session.name}" gives ${session.votesPerParticipant} per participant` };
    }
  }
  return undefined;
}

function keyProblem(record: Readonly<Record<string, { id: string }>> | undefined, field: string, noun: string): MapProblem | undefined {
  for (const [key, item] of Object.entries(record ?? {})) {
    if (item.id !== key) return { path: at(field, key, 'id'), message: `${noun} id "${item.id}" differs from its key "${key}"` };
  }
  return undefined;
}

/**
 * Broken comment threads and votes. Comment targets, votes on deleted cards
 * and views hiding deleted lanes are soft references: allowed, not problems.
 */
function findAnnotationProblem(map: JourneyMap): MapProblem | undefined {
  const problem = keyProblem(map.comments, 'comments', 'comment') ?? keyProblem(map.votes, 'votes', 'vote') ?? keyProblem(map.views, 'views', 'view') ?? keyProblem(map.gapAcceptances, 'gapAcceptances', 'gap acceptance');
  if (problem) return problem;
  const comments = map.comments ?? {};
  for (const [key, comment] of Object.entries(comments)) {
    const reply = findReplyProblem(comment, comments);
    if (reply) return { path: `${at('comments', key)}.${reply.path}`, message: reply.message };
  }
  for (const [key, session] of Object.entries(map.votes ?? {})) {
    const vote = findVoteSessionProblem(session);
    if (vote) return { path: `${at('votes', key)}.${vote.path}`, message: vote.message };
  }
  return undefined;
}

/**
 * The first reference a schema cannot check: unique stage, lane and phase ids,
 * record keys equal to ids, cards in existing stages and lanes, connections
 * between two different existing cards, consistent phases (findPhaseProblem),
 * emotion points in emotions lanes and existing stages, one per key,
 * comment threads one level deep (findReplyProblem) and votes within their
 * participants and dots (findVoteSessionProblem).
 * Undefined when the map is consistent. A card's `span` may run past the last
 * stage (stage deletes and moves never rewrite spans): it is drawn up to the last stage.
 */
export function findMapProblem(map: JourneyMap): MapProblem | undefined {
  const problem =
    duplicateId(map.stages, 'stage', 'stages') ??
    duplicateId(map.lanes, 'lane', 'lanes') ??
    duplicateId(map.phases ?? [], 'phase', 'phases') ??
    findPhaseProblem(map.stages, map.phases ?? []) ??
    findEmotionProblem(map) ??
    findAnnotationProblem(map);
  if (problem) return problem;
  const stageIds = new Set(map.stages.map((s) => s.id));
  const laneIds = new Set(map.lanes.map((l) => l.id));
  for (const [key, card] of Object.entries(map.cards)) {
    if (card.id !== key) return { path: at('cards', key, 'id'), message: `card id "${card.id}" differs from its key "${key}"` };
    if (!stageIds.has(card.stageId)) return { path: at('cards', key, 'stageId'), message: `stage "${card.stageId}" does not exist` };
    if (!laneIds.has(card.laneId)) return { path: at('cards', key, 'laneId'), message: `lane "${card.laneId}" does not exist` };
  }
  for (const [key, connection] of Object.entries(map.connections)) {
    if (connection.id !== key) {
      return { path: at('connections', key, 'id'), message: `connection id "${connection.id}" differs from its key "${key}"` };
    }
    for (const end of ['source', 'target'] as const) {
      if (!Object.hasOwn(map.cards, connection[end])) {
        return { path: at('connections', key, end), message: `card "${connection[end]}" does not exist` };
      }
    }
    if (connection.source === connection.target) {
      return { path: at('connections', key, 'target'), message: `connection links card "${connection.source}" to itself` };
    }
  }
  return undefined;
}

/** What findDocumentProblem looks at: the parts of a project document that hold ids. */
export interface DocumentContent {
  metrics?: DocumentMetrics;
  maps: readonly JourneyMap[];
  catalog?: ProjectCatalog;
  templates?: readonly { id: string; map: JourneyMap }[];
  images?: readonly { id: string }[];
}

/**
 * The first problem of a whole project document, with its full path: a map
 * id used twice or a broken map (findMapProblem), an id used twice in a
 * catalog list, among templates or images, or a broken template map.
 */
export function findDocumentProblem(document: DocumentContent): MapProblem | undefined {
  const inMap = (prefix: (string | number)[], problem: MapProblem | undefined) =>
    problem && { path: `${at(...prefix)}.${problem.path}`, message: problem.message };
  const lists: [readonly { id: string }[], string, string[]][] = [
    [document.maps, 'map', ['maps']],
    [document.catalog?.channels ?? [], 'channel', ['catalog', 'channels']],
    [document.catalog?.personas ?? [], 'persona', ['catalog', 'personas']],
    [document.catalog?.segments ?? [], 'segment', ['catalog', 'segments']],
    [document.templates ?? [], 'template', ['templates']],
    [document.images ?? [], 'image', ['images']],
  ];
  for (const [list, noun, path] of lists) {
    const problem = duplicateId(list, noun, ...path);
    if (problem) return problem;
  }
  for (const [index, map] of document.maps.entries()) {
    const problem = inMap(['maps', index], findMapProblem(map));
    if (problem) return problem;
  }
  for (const [index, template] of (document.templates ?? []).entries()) {
    const problem = inMap(['templates', index, 'map'], findMapProblem(template.map));
    if (problem) return problem;
  }
  return document.metrics && findMetricsProblem(document.metrics, new Set(document.maps.map((map) => map.id)));
}

/** Metrics that name a map the document lacks, or an import it lacks; duplicate import or preset ids. */
function findMetricsProblem(metrics: DocumentMetrics, mapIds: ReadonlySet<string>): MapProblem | undefined {
  const duplicate = duplicateId(metrics.imports, 'import', 'metrics', 'imports') ?? duplicateId(metrics.presets, 'preset', 'metrics', 'presets');
  if (duplicate) return duplicate;
  const importIds = new Set(metrics.imports.map((record) => record.id));
  const tables = [
    ['imports', metrics.imports, []],
    ['values', metrics.values, ['importId']],
    ['history', metrics.history, ['importId', 'priorImportId']],
    ['transitions', metrics.transitions, ['importId']],
  ] as const;
  for (const [table, rows, importFields] of tables) {
    for (const [index, row] of (rows as readonly Record<string, unknown>[]).entries()) {
      if (!mapIds.has(row.mapId as string)) {
        return { path: at('metrics', table, index, 'mapId'), message: `refers to map "${String(row.mapId)}", which is not in the file` };
      }
      for (const field of importFields) {
        if (!importIds.has(row[field] as string)) {
          return { path: at('metrics', table, index, field), message: `refers to import "${String(row[field])}", which is not in metrics.imports` };
        }
      }
    }
  }
  return undefined;
}

/**
 * Renumbers each cell's cards 0..n-1 keeping their relative order (ties broken
 * by id), so hand-edited files with gaps or duplicate orders still load.
 * Returns the same map when every cell is already dense.
 */
export function normalizeCardOrders<M extends JourneyMap>(map: M): M {
  const cells = new Map<string, Card[]>();
  for (const card of Object.values(map.cards)) {
    const key = `${card.stageId} ${card.laneId}`;
    const cell = cells.get(key);
    if (cell) cell.push(card);
    else cells.set(key, [card]);
  }
  let cards: Record<string, Card> | undefined;
  for (const cell of cells.values()) {
    cell.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    cell.forEach((card, order) => {
      if (card.order !== order) (cards ??= { ...map.cards })[card.id] = { ...card, order };
    });
  }
  return cards ? { ...map, cards } : map;
}
