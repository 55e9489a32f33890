import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../src/schema/projectDocumentError';
import {
  parseProjectDocument,
  PROJECT_DOCUMENT_FORMAT,
  PROJECT_DOCUMENT_VERSION,
  readProjectDocument,
  toProjectDocument,
} from '../../../src/schema/projectDocument';
import { sampleMap } from '../commands/sampleMap';

const project = { id: 'p1', name: 'Retail', createdAt: '2025-01-02T03:04:05.000Z' };
const stamps = { createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-01T00:00:00.000Z' };

function exported() {
  const second = { ...sampleMap(), id: 'm2', name: 'Second', stages: [], lanes: [], cards: {}, connections: {}, ...stamps };
  return toProjectDocument(project, [{ ...sampleMap(), ...stamps }, second], '0.1.0', '2025-03-01T10:00:00.000Z');
}

type Json = Record<string, unknown>;

/** A JSON copy of an exported document with values set at dotted paths ("maps.0.cards.c.title"); undefined removes. */
function edited(changes: Record<string, unknown> = {}): Json {
  const raw = JSON.parse(JSON.stringify(exported())) as Json;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    const target = keys.reduce((node, key) => node[key] as Json, raw);
    if (value === undefined) delete target[last];
    else target[last] = value;
  }
  return raw;
}

function errorOf(run: () => unknown): DocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

describe('project document round trip', () => {
  it('comes back equal through JSON text, unknown fields included', () => {
    const document = exported();
    expect(document.format).toBe(PROJECT_DOCUMENT_FORMAT);
    expect(document.version).toBe(PROJECT_DOCUMENT_VERSION);
    expect(readProjectDocument(JSON.stringify(document))).toStrictEqual(document);
  });

  it('keeps fields from a newer app at every level', () => {
    const raw = edited({
      signature: 'top',
      'project.owner': { name: 'Ana' },
      'maps.0.theme': 'dark',
      'maps.0.stages.0.phase': 'pre',
      'maps.0.lanes.0.collapsed': true,
      'maps.0.cards.b.votes': 7,
      'maps.0.connections.k1.style': 'dashed',
    });
    const document = parseProjectDocument(raw);
    expect(document.signature).toBe('top');
    expect(document.project.owner).toEqual({ name: 'Ana' });
    expect(document.maps[0]?.theme).toBe('dark');
    expect(document.maps[0]?.stages[0]?.phase).toBe('pre');
    expect(document.maps[0]?.lanes[0]?.collapsed).toBe(true);
    expect(document.maps[0]?.cards.a?.votes).toBe(3);
    expect(document.maps[0]?.cards.b?.votes).toBe(7);
    expect(document.maps[0]?.connections.k1?.style).toBe('dashed');
    expect(JSON.parse(JSON.stringify(document))).toStrictEqual(raw);
  });

  it('renumbers card orders with gaps or ties into a dense 0..n-1 per cell', () => {
    const raw = edited({ 'maps.0.cards.a.order': 5, 'maps.0.cards.b.order': 5, 'maps.0.cards.c.order': 2 });
    const cards = parseProjectDocument(raw).maps[0]?.cards;
    expect([cards?.c?.order, cards?.a?.order, cards?.b?.order]).toEqual([0, 1, 2]);
  });
});

describe('refusing documents', () => {
  it('refuses values that are not objects and files of another format', () => {
    expect(errorOf(() => parseProjectDocument([1, 2])).message).toBe(
      'Invalid project document: expected a JSON object with "format": "journey-studio-project"',
    );
    expect(errorOf(() => parseProjectDocument(null)).code).toBe('BAD_DOCUMENT');
    const other = errorOf(() => parseProjectDocument(edited({ format: 'excalidraw' })));
    expect(other.message).toBe('Invalid project document at format: this is not a Journey Studio project: "format" is "excalidraw", expected "journey-studio-project"');
    expect(errorOf(() => readProjectDocument('{"format": ')).message).toMatch(/^Invalid project document: not valid JSON/);
  });

  it('refuses a document from a newer app, naming both versions', () => {
    const error = errorOf(() => parseProjectDocument(edited({ version: PROJECT_DOCUMENT_VERSION + 2 })));
    expect(error.code).toBe('FROM_NEWER_VERSION');
    expect(error.message).toContain(`version ${PROJECT_DOCUMENT_VERSION + 2}`);
    expect(error.message).toContain(`versions up to ${PROJECT_DOCUMENT_VERSION}`);
    expect(error.params).toEqual({ version: String(PROJECT_DOCUMENT_VERSION + 2), supported: String(PROJECT_DOCUMENT_VERSION) });
  });

  it('names the path of the first invalid field', () => {
    const error = errorOf(() => parseProjectDocument(edited({ 'maps.0.cards.c.title': 42 })));
    expect(error.code).toBe('BAD_DOCUMENT');
    expect(error.params).toEqual({ path: 'maps[0].cards.c.title' });
    expect(error.message).toMatch(/^Invalid project document at maps\[0\]\.cards\.c\.title: /);

    expect(errorOf(() => parseProjectDocument(edited({ version: undefined }))).message).toBe(
      'Invalid project document at version: "version" must be a whole number from 1 up, not missing',
    );
    expect(errorOf(() => parseProjectDocument(edited({ 'maps.1.updatedAt': 'yesterday' }))).params).toEqual({ path: 'maps[1].updatedAt' });
  });

  it.each([
    ['a card in a missing stage', 'maps.0.cards.c.stageId', 'gone', 'stage "gone" does not exist'],
    ['a card in a missing lane', 'maps.0.cards.e.laneId', 'gone', 'lane "gone" does not exist'],
    ['a card key that differs from its id', 'maps.0.cards.b.id', 'z', 'card id "z" differs from its key "b"'],
    ['a dangling connection', 'maps.0.connections.k2.target', 'gone', 'card "gone" does not exist'],
    ['a self-connection', 'maps.0.connections.k2.target', 'd', 'connection links card "d" to itself'],
    ['a repeated stage id', 'maps.0.stages.2.id', 's1', 'stage id "s1" is used twice'],
    ['a repeated lane id', 'maps.0.lanes.1.id', 'l1', 'lane id "l1" is used twice'],
    ['a repeated map id', 'maps.1.id', 'm1', 'map id "m1" is used twice'],
  ])('refuses %s, naming the path', (_, field, value, problem) => {
    const error = errorOf(() => parseProjectDocument(edited({ [field]: value })));
    const path = field.replace(/\.(\d+)/g, '[$1]');
    expect(error.code).toBe('BAD_DOCUMENT');
    expect(error.message).toBe(`Invalid project document at ${path}: ${problem}`);
  });
});
