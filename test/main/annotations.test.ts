import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertMap, loadMap } from '../../main/services/mapRows';
import { runMigrations } from '../../main/services/migrate';
import { MIGRATIONS } from '../../main/services/migrations';
import { persistMapChanges } from '../../main/services/persistMapChanges';
import { exportProjectJson, importProjectJson } from '../../main/services/projectJson';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../main/services/projectStore';
import { applyCommands } from '../../src/commands/registry';
import type { Command } from '../../src/commands/schemas';
import type { JourneyMap } from '../../src/model/journey';
import { JourneyMapSchema } from '../../src/schema/journey';
import { findMapProblem } from '../../src/schema/projectDocumentIntegrity';
import { annotatedMap } from './support/annotatedMap';
import { tempDir } from './support/files';

const LATER = '2026-03-02T10:00:00.000Z';

/** The commands that build `map` from an empty map with the same id. */
function buildCommands(map: JourneyMap): Command[] {
  return [
    ...map.stages.map((stage): Command => ({ name: 'stage.add', args: { stage } })),
    ...map.lanes.map((lane): Command => ({ name: 'lane.add', args: { lane } })),
    { name: 'card.add', args: { cards: Object.values(map.cards) } },
    { name: 'comment.add', args: { comments: Object.values(map.comments ?? {}) } },
    { name: 'vote.add', args: { sessions: Object.values(map.votes ?? {}) } },
    { name: 'view.add', args: { views: Object.values(map.views ?? {}) } },
  ];
}

/** Card ids of a map by title, to follow a card into a copy with new ids. */
const idsByTitle = (map: JourneyMap) => Object.fromEntries(Object.values(map.cards).map((card) => [card.title, card.id]));

describe('annotations in the project file', () => {
  let temp: ReturnType<typeof tempDir>;
  const open: ProjectStore[] = [];
  const track = (store: ProjectStore) => (open.push(store), store);
  const reopen = (store: ProjectStore) => {
    store.close();
    open.splice(open.indexOf(store), 1);
    return track(openProjectStore(store.path));
  };
  /** A project holding annotatedMap('m'), built through commands like the app does. */
  const annotatedProject = () => {
    const store = track(createProjectStore(temp.file('p.cjm'), 'Workshop'));
    store.createMap('Annotated', { language: 'en', mapId: 'm' });
    store.applyCommands('m', buildCommands(annotatedMap('m')));
    return store;
  };

  beforeEach(() => (temp = tempDir()));
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
    temp.remove();
  });

  /** Runs `read` on the closed project file. */
  const inspect = <T>(store: ProjectStore, read: (db: Database.Database) => T): T => {
    store.close();
    open.splice(open.indexOf(store), 1);
    const db = new Database(store.path, { readonly: true, fileMustExist: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };

  it('round-trips comments, votes, views, pain-point and opportunity details and moments', () => {
    const store = reopen(annotatedProject());
    expect(store.getMap('m')).toEqual(annotatedMap('m'));
    inspect(store, (db) => {
      expect(db.prepare("SELECT kind, count(*) AS n FROM map_items WHERE map_id = 'm' GROUP BY kind ORDER BY kind").all()).toEqual([
        { kind: 'comment', n: 5 },
        { kind: 'view', n: 1 },
        { kind: 'vote', n: 1 },
      ]);
      // The collections are rows, not a copy in the map's own JSON.
      expect(JSON.parse(db.prepare("SELECT extra FROM maps WHERE id = 'm'").pluck().get() as string)).toEqual({});
    });
  });

  it('keeps every comment, ballot and view through edits, and drops the collection once it is empty', () => {
    let store = annotatedProject();
    store.applyCommands('m', [
      { name: 'comment.edit', args: { id: 'c1', patch: { text: 'Seen in 4 interviews', editedAt: LATER } } },
      { name: 'vote.cast', args: { id: 'v1', participantId: 'u1', cardId: 'p1', count: 0 } },
      { name: 'view.delete', args: { ids: ['w1'] } },
      { name: 'card.edit', args: { id: 'p2', patch: { pain: { severity: 4, status: 'solved' }, moment: 'wow' } } },
      { name: 'stage.setMoment', args: { id: 's1', moment: null } },
    ]);
    const expected = store.getMap('m');
    store = reopen(store);
    const map = store.getMap('m');
    expect(map).toEqual(expected);
    expect(map.comments?.c1).toMatchObject({ text: 'Seen in 4 interviews', editedAt: LATER, moodColour: 'red' });
    expect(map.votes?.v1?.ballots).toEqual({ u1: { p2: 1 }, u2: { p1: 3 } });
    expect(map).not.toHaveProperty('views');
    expect(map.cards.p2).toMatchObject({ pain: { severity: 4, status: 'solved' }, moment: 'wow' });
    expect(map.stages[0]).not.toHaveProperty('moment');
  });

  it('deletes the comments, votes and views of a deleted map with it', () => {
    let store = annotatedProject();
    store.createMap('Other', { language: 'en', mapId: 'other' });
    store.deleteMap('m');
    store = reopen(store);
    expect(store.listMaps().map((m) => m.id)).toEqual(['other']);
    expect(inspect(store, (db) => db.prepare('SELECT count(*) FROM map_items').pluck().get())).toBe(0);
  });

  it('duplicates a map with new ids for everything and every reference pointing into the copy', () => {
    let store = annotatedProject();
    const summary = store.duplicateMap('m', 'Copy');
    store = reopen(store);
    const original = store.getMap('m');
    const copy = store.getMap(summary.id);
    expect(JourneyMapSchema.parse(copy)).toEqual(copy);
    expect(findMapProblem(copy)).toBeUndefined();

    const card = idsByTitle(copy);
    const stage = Object.fromEntries(copy.stages.map((s) => [s.name, s.id]));
    const lane = Object.fromEntries(copy.lanes.map((l) => [l.name, l.id]));
    const oldIds = new Set([
      ...Object.keys(original.cards),
      ...original.stages.map((s) => s.id),
      ...original.lanes.map((l) => l.id),
      ...Object.keys(original.comments ?? {}),
      ...Object.keys(original.votes ?? {}),
      ...Object.keys(original.views ?? {}),
    ]);
    const newIds = [
      ...Object.keys(copy.cards),
      ...Object.values(stage),
      ...Object.values(lane),
      ...Object.keys(copy.comments ?? {}),
      ...Object.keys(copy.votes ?? {}),
      ...Object.keys(copy.views ?? {}),
    ];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);

    expect(copy.cards[card['支付页面加载慢']!]?.pain).toEqual({ ...original.cards.p1!.pain, aboutCardId: card.Website });
    expect(copy.cards[card['Faster checkout']!]?.opportunity?.addresses).toEqual([card['支付页面加载慢'], card['Unclear fees']]);
    expect(copy.cards[card['One-click pay']!]?.opportunity?.addresses).toEqual([card['Faster checkout']]);
    expect(copy.cards[card.Website!]?.moment).toBe('aha');
    expect(copy.stages[0]?.moment).toBe('truth');

    const comments = Object.values(copy.comments ?? {});
    const byText = Object.fromEntries(comments.map((c) => [c.text, c]));
    const root = byText['Seen in 3 interviews']!;
    expect(root).toMatchObject({ target: { kind: 'card', id: card['支付页面加载慢'] }, author: 'Ana', moodColour: 'red' });
    expect(byText['同意']).toMatchObject({ parentId: root.id, target: { kind: 'card', id: card['支付页面加载慢'] } });
    expect(byText['Stage comment']).toMatchObject({ target: { kind: 'stage', id: stage.Buy }, resolved: true });
    expect(byText['Lane comment']?.target).toEqual({ kind: 'lane', id: lane.Opportunities });
    expect(byText['Map comment']?.target).toEqual({ kind: 'map', id: copy.id });

    const [vote] = Object.values(copy.votes ?? {});
    expect(vote).toMatchObject({ name: 'Top pains', participants: original.votes?.v1?.participants });
    expect(vote?.ballots).toEqual({ u1: { [card['支付页面加载慢']!]: 2, [card['Unclear fees']!]: 1 }, u2: { [card['支付页面加载慢']!]: 3 } });
    const [view] = Object.values(copy.views ?? {});
    expect(view?.filter).toEqual({ hiddenLaneIds: [lane.Touchpoints, lane.Opportunities], personaId: null, segmentId: null, severities: [4, 5] });

    // The copy is independent: editing its comment leaves the original's alone.
    store.applyCommands(copy.id, [{ name: 'comment.delete', args: { ids: [root.id] } }]);
    expect(Object.keys(store.getMap(copy.id).comments ?? {})).toHaveLength(3);
    expect(reopen(store).getMap('m')).toEqual(annotatedMap('m'));
  });

  it('keeps pain-point and opportunity details and moments in templates, but no comments, votes or views', () => {
    let store = annotatedProject();
    const summary = store.saveTemplate('m', 'Workshop template');
    if (summary.kind !== 'project') throw new Error('expected a project template');
    store = reopen(store);
    const [template] = store.allTemplates();
    expect(template?.map).not.toHaveProperty('comments');
    expect(template?.map).not.toHaveProperty('votes');
    expect(template?.map).not.toHaveProperty('views');

    const made = store.createMap('From template', { language: 'en', template: { kind: 'project', id: summary.id } });
    const map = reopen(store).getMap(made.id);
    expect(findMapProblem(map)).toBeUndefined();
    expect(map).not.toHaveProperty('comments');
    expect(map).not.toHaveProperty('votes');
    expect(map).not.toHaveProperty('views');
    const card = idsByTitle(map);
    expect(map.cards[card['支付页面加载慢']!]).toMatchObject({ pain: { severity: 5, tags: ['speed', '支付'], aboutCardId: card.Website, futurePainField: 1 } });
    expect(map.cards[card['One-click pay']!]?.opportunity).toEqual({ kind: 'solution', addresses: [card['Faster checkout']] });
    expect(map.cards[card.Website!]?.moment).toBe('aha');
    expect(map.stages[0]?.moment).toBe('truth');
  });

  it('leaves comments, votes and views out of a map made from an imported template that had them', () => {
    const store = annotatedProject();
    const exported = JSON.parse(fs.readFileSync(exportProjectJson(store, temp.file('p.json'), '1.0.0'), 'utf8')) as { templates?: unknown[] };
    exported.templates = [{ id: 'tpl', name: 'Imported', createdAt: LATER, map: annotatedMap('tplmap') }];
    fs.writeFileSync(temp.file('with-template.json'), JSON.stringify(exported));
    importProjectJson(temp.file('with-template.json'), temp.file('imported.cjm'));
    const imported = track(openProjectStore(temp.file('imported.cjm')));
    const made = imported.createMap('From it', { language: 'en', template: { kind: 'project', id: 'tpl' } });
    const map = imported.getMap(made.id);
    expect(map).not.toHaveProperty('comments');
    expect(map).not.toHaveProperty('votes');
    expect(map).not.toHaveProperty('views');
    expect(Object.values(map.cards).filter((card) => card.pain)).toHaveLength(2);
  });

  it('exports every annotation to JSON and imports it back unchanged', () => {
    const store = annotatedProject();
    const jsonPath = exportProjectJson(store, temp.file('p.json'), '1.0.0');
    const document = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as { maps: JourneyMap[] };
    expect(document.maps[0]).toMatchObject({ comments: annotatedMap('m').comments, votes: annotatedMap('m').votes, views: annotatedMap('m').views });
    importProjectJson(jsonPath, temp.file('imported.cjm'));
    const imported = track(openProjectStore(temp.file('imported.cjm')));
    expect(imported.getMap('m')).toEqual(annotatedMap('m'));
  });
});

describe('persisting annotation edits', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: Database.Database;
  beforeEach(() => {
    temp = tempDir();
    db = new Database(temp.file('p.cjm'));
    db.pragma('foreign_keys = ON');
    runMigrations(db, 'p.cjm', MIGRATIONS);
    db.transaction(() => insertMap(db, annotatedMap('m'), { position: 0, createdAt: 'then', updatedAt: 'then' }))();
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  const written = (commands: Command[]) => {
    const before = loadMap(db, 'm')!;
    const after = applyCommands(before, commands).map;
    const count = db.transaction(() => persistMapChanges(db, before, after, LATER))();
    expect(loadMap(db, 'm')).toEqual(after);
    return count;
  };

  it('writes one item row (plus the map row) for one edit of a comment, a vote or a view', () => {
    expect(written([{ name: 'comment.edit', args: { id: 'c3', patch: { resolved: null, resolvedAt: null, resolvedBy: null } } }])).toBe(2);
    expect(written([{ name: 'vote.cast', args: { id: 'v1', participantId: 'u2', cardId: 'p1', count: 2 } }])).toBe(2);
    expect(written([{ name: 'view.edit', args: { id: 'w1', patch: { name: 'Renamed' } } }])).toBe(2);
    expect(written([{ name: 'card.edit', args: { id: 'p2', patch: { pain: { severity: 3 } } } }])).toBe(2);
    expect(written([{ name: 'stage.setMoment', args: { id: 's2', moment: 'wow' } }])).toBe(2);
  });

  it('adds and deletes item rows: a deleted thread takes its replies along', () => {
    const reply = { id: 'c6', target: { kind: 'stage' as const, id: 's2' }, parentId: 'c3', author: 'Ana', text: 'Reopen?', createdAt: LATER };
    expect(written([{ name: 'comment.add', args: { comments: [reply] } }])).toBe(2);
    expect(written([{ name: 'comment.delete', args: { ids: ['c1'] } }])).toBe(3);
    expect(written([{ name: 'vote.delete', args: { ids: ['v1'] } }, { name: 'view.delete', args: { ids: ['w1'] } }])).toBe(3);
    expect(db.prepare("SELECT kind FROM map_items WHERE map_id = 'm' AND kind <> 'comment'").all()).toEqual([]);
  });
});
