import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/model/journey';
import { DocumentError } from '../../../src/schema/projectDocumentError';
import { readProjectDocument, toProjectDocument } from '../../../src/schema/projectDocument';
import { builtinCatalog, buildTemplate } from '../../../src/templates';
import { sampleMap } from '../commands/sampleMap';

const project = { id: 'p1', name: 'Retail', createdAt: '2025-01-02T03:04:05.000Z' };
const stamps = { createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-01T00:00:00.000Z' };

function b2b(): JourneyMap {
  let n = 0;
  return buildTemplate('b2bLead', { id: 'm2', name: 'Leads', language: 'zh-CN', makeId: () => `b${++n}`, channelIdFor: (key) => `ch-${key}` });
}

function documentWithExtras() {
  let n = 0;
  const catalog = builtinCatalog(() => `ch${++n}`);
  const withPersona = { ...catalog, personas: [{ id: 'p1', name: '王磊', city: '上海' }], segments: [{ id: 'g1', name: 'VIP', criteria: [{ field: 'spendAmount' as const, operator: 'greaterThan' as const, value: '5000' }] }] };
  return toProjectDocument(project, [{ ...sampleMap(), ...stamps }, { ...b2b(), ...stamps }], '0.2.0', '2025-03-01T10:00:00.000Z', {
    catalog: withPersona,
    templates: [{ id: 't1', name: 'Our funnel', createdAt: stamps.createdAt, map: b2b() }],
    images: [{ id: 'img1', mime: 'image/png', dataBase64: 'iVBORw0KGgo=' }],
  });
}

const read = (value: unknown) => readProjectDocument(JSON.stringify(value));

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentError) return error.message;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

describe('project document with catalog, templates and images', () => {
  it('round-trips through JSON text with phases, emotion points and Chinese text intact', () => {
    const document = documentWithExtras();
    expect(read(document)).toStrictEqual(document);
    expect(read(document).maps[1]?.phases?.map((p) => p.name)).toEqual(['吸引', '互动', '成交']);
  });

  it('leaves the extras out when there are none, as issue-2 exports did', () => {
    const document = toProjectDocument(project, [{ ...sampleMap(), ...stamps }], '0.1.0', stamps.updatedAt);
    expect(Object.keys(document)).toEqual(['format', 'version', 'exportedAt', 'appVersion', 'project', 'maps']);
    expect(read(document)).toStrictEqual(document);
  });

  it('names the path of a duplicate id, a bad image or a broken template', () => {
    const document = documentWithExtras();
    const channels = document.catalog?.channels ?? [];
    expect(messageOf(() => read({ ...document, catalog: { ...document.catalog, channels: [...channels, channels[0]] } }))).toBe(
      `Invalid project document at catalog.channels[${channels.length}].id: channel id "ch1" is used twice`,
    );
    expect(messageOf(() => read({ ...document, images: [{ id: 'img1', mime: 'image/png', dataBase64: 'not base64!' }] }))).toBe(
      'Invalid project document at images[0].dataBase64: must be base64 text',
    );
    expect(messageOf(() => read({ ...document, images: [{ id: 'img1', mime: 'image/tiff', dataBase64: '' }] }))).toMatch(/^Invalid project document at images\[0\]\.mime: /);
    const template = document.templates?.[0];
    const broken = { ...template, map: { ...template?.map, stages: template?.map.stages.slice(1) } };
    expect(messageOf(() => read({ ...document, templates: [broken] }))).toMatch(/^Invalid project document at templates\[0\]\.map\.cards\.b\d+\.stageId: stage "b\d+" does not exist$/);
  });
});

describe('map integrity of phases and emotion points', () => {
  const withMap = (change: (map: JourneyMap) => object) => {
    const document = documentWithExtras();
    const map = document.maps[1] as JourneyMap;
    return { ...document, maps: [document.maps[0], { ...change(map), ...stamps }] };
  };

  it('refuses a phase split in two, out of order or unknown', () => {
    const swapped = (map: JourneyMap) => ({ ...map, stages: [map.stages[3], ...map.stages.slice(0, 3), ...map.stages.slice(4)] });
    expect(messageOf(() => read(withMap(swapped)))).toBe(
      'Invalid project document at maps[1].stages[1].phaseId: the stages of phase "b1" come after those of phase "b2": phase blocks must follow the order of the phases',
    );
    const split = (map: JourneyMap) => ({ ...map, stages: map.stages.map((stage, i) => (i === 1 ? { id: stage.id, name: stage.name } : stage)) });
    expect(messageOf(() => read(withMap(split)))).toBe(
      'Invalid project document at maps[1].stages[2].phaseId: stage "b6" is apart from the other stages of phase "b1": a phase\'s stages must be next to each other',
    );
    expect(messageOf(() => read(withMap((map) => ({ ...map, phases: map.phases?.slice(1) }))))).toBe(
      'Invalid project document at maps[1].stages[0].phaseId: phase "b1" does not exist',
    );
  });

  it('refuses emotion points outside an emotions lane or twice for one key', () => {
    const consumer = (() => {
      let n = 0;
      return buildTemplate('consumerPurchase', { id: 'm2', name: 'Buy', language: 'en', makeId: () => `c${++n}`, channelIdFor: () => undefined });
    })();
    const document = documentWithExtras();
    const [first, second] = Object.values(consumer.emotions ?? {});
    const put = (emotions: object) => read({ ...document, maps: [document.maps[0], { ...consumer, emotions, ...stamps }] });
    const actionsLane = consumer.lanes[0]?.id ?? '';
    expect(messageOf(() => put({ [first?.id ?? '']: { ...first, laneId: actionsLane } }))).toBe(
      `Invalid project document at maps[1].emotions.${first?.id}.laneId: lane "${actionsLane}" is of type actions, not an emotions lane`,
    );
    expect(messageOf(() => put({ [first?.id ?? '']: first, [second?.id ?? '']: { ...second, stageId: first?.stageId } }))).toBe(
      `Invalid project document at maps[1].emotions.${second?.id}.id: emotion points "${first?.id}" and "${second?.id}" are both for the same lane, stage, persona and variant`,
    );
  });
});
