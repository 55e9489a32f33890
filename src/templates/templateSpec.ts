import type { Language } from '../api/contract';
import type { Card, Connection, ConnectionKind, EmotionPoint, Id, JourneyMap, LaneType } from '../model/journey';
import { defaultLaneName } from './starterMap';

/** A text in every UI language: [English, Simplified Chinese]. */
export type Text = readonly [en: string, zh: string];

/**
 * A built-in template written once for both languages. Entities are named by
 * short keys local to the spec; building gives them fresh ids, so the same
 * spec makes the same structure in every language.
 */
export interface TemplateSpec {
  phases?: readonly { key: string; name: Text; color?: string }[];
  stages: readonly { key: string; name: Text; phase?: string }[];
  /** Lanes without a name get the default name of their type. */
  lanes: readonly { key: string; type: LaneType; name?: Text }[];
  /** Cards in the order they stack in their cell. `channel` is a built-in channel key. */
  cards?: readonly { key?: string; stage: string; lane: string; title: Text; body?: Text; channel?: string; span?: number; color?: string; metric?: string }[];
  connections?: readonly { from: string; to: string; kind?: ConnectionKind; label?: Text }[];
  /** As-is (and optionally to-be) curve points of an emotions lane: [stage key, value -2..2, label]. */
  emotions?: readonly { lane: string; variant?: EmotionPoint['variant']; points: readonly (readonly [stage: string, value: number, label?: Text])[] }[];
}

export interface TemplateOptions {
  id: Id;
  name: string;
  language: Language;
  makeId: () => Id;
  /** The project's channel for a built-in channel key; cards whose channel it cannot find get none. */
  channelIdFor: (builtinKey: string) => Id | undefined;
}

/** Looks a spec key up, failing loudly: a missing key is a typo in a built-in template. */
function lookup(ids: ReadonlyMap<string, Id>, key: string, what: string): Id {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`template spec: unknown ${what} "${key}"`);
  return id;
}

/** Builds the map a spec describes, in `options.language`, with ids from `options.makeId`. */
export function buildFromSpec(spec: TemplateSpec, options: TemplateOptions): JourneyMap {
  const text = (value: Text) => (options.language === 'zh-CN' ? value[1] : value[0]);
  const keyed = <T extends { key: string }>(items: readonly T[]) => new Map(items.map((item) => [item.key, options.makeId()]));
  const phaseIds = keyed(spec.phases ?? []);
  const stageIds = keyed(spec.stages);
  const laneIds = keyed(spec.lanes);

  const cards: Record<Id, Card> = {};
  const cardIds = new Map<string, Id>();
  const cellSizes = new Map<string, number>();
  for (const card of spec.cards ?? []) {
    const stageId = lookup(stageIds, card.stage, 'stage');
    const laneId = lookup(laneIds, card.lane, 'lane');
    const cell = `${stageId} ${laneId}`;
    const order = cellSizes.get(cell) ?? 0;
    cellSizes.set(cell, order + 1);
    const id = options.makeId();
    if (card.key) cardIds.set(card.key, id);
    const channelId = card.channel ? options.channelIdFor(card.channel) : undefined;
    cards[id] = {
      id,
      stageId,
      laneId,
      order,
      title: text(card.title),
      ...(card.body ? { body: text(card.body) } : {}),
      ...(card.color ? { color: card.color } : {}),
      ...(card.span ? { span: card.span } : {}),
      ...(channelId ? { channelId } : {}),
      ...(card.metric ? { metricKey: card.metric } : {}),
    };
  }

  const connections: Record<Id, Connection> = {};
  for (const link of spec.connections ?? []) {
    const id = options.makeId();
    connections[id] = {
      id,
      source: lookup(cardIds, link.from, 'card'),
      target: lookup(cardIds, link.to, 'card'),
      ...(link.kind ? { kind: link.kind } : {}),
      ...(link.label ? { label: text(link.label) } : {}),
    };
  }

  const emotions: Record<Id, EmotionPoint> = {};
  for (const curve of spec.emotions ?? []) {
    for (const [stage, value, label] of curve.points) {
      const id = options.makeId();
      emotions[id] = {
        id,
        laneId: lookup(laneIds, curve.lane, 'lane'),
        stageId: lookup(stageIds, stage, 'stage'),
        personaId: null,
        variant: curve.variant ?? 'asIs',
        value,
        ...(label ? { label: text(label) } : {}),
      };
    }
  }

  return {
    id: options.id,
    name: options.name,
    stages: spec.stages.map((stage) => ({
      id: lookup(stageIds, stage.key, 'stage'),
      name: text(stage.name),
      ...(stage.phase ? { phaseId: lookup(phaseIds, stage.phase, 'phase') } : {}),
    })),
    lanes: spec.lanes.map((lane) => ({
      id: lookup(laneIds, lane.key, 'lane'),
      name: lane.name ? text(lane.name) : defaultLaneName(lane.type, options.language),
      type: lane.type,
    })),
    cards,
    connections,
    ...(spec.phases?.length
      ? { phases: spec.phases.map((phase) => ({ id: lookup(phaseIds, phase.key, 'phase'), name: text(phase.name), ...(phase.color ? { color: phase.color } : {}) })) }
      : {}),
    ...(Object.keys(emotions).length ? { emotions } : {}),
  };
}
