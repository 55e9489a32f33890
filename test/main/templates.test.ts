import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { dispatch } from '../../main/services/dispatch';
import { SUPPORTED_LANGUAGES } from '../../src/api/contract';
import type { JourneyMap } from '../../src/model/journey';
import { BUILTIN_TEMPLATE_KEYS, type OpenProject } from '../../src/model/project';
import { JourneyMapSchema } from '../../src/schema/journey';
import { findMapProblem } from '../../src/schema/projectDocumentIntegrity';
import { tempDir } from './support/files';
import { sampleCommands } from './support/maps';

const hasCjk = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('templates', () => {
  let temp: ReturnType<typeof tempDir>;
  let services: AppServices;
  let project: OpenProject;
  const h = () => services.handlers;
  const start = () => createAppServices({ dataDir: temp.file('data'), projectsDir: temp.file('projects'), appVersion: '1', host: 'browser' });
  const getMap = async (mapId: string): Promise<JourneyMap> => h()['map.get']({ projectId: project.projectId, mapId });

  beforeEach(async () => {
    temp = tempDir();
    services = start();
    project = await h()['project.create']({ path: 'templates', name: 'Templates' });
  });
  afterEach(() => {
    services.dispose();
    temp.remove();
  });

  it('lists the built-in templates first, then the project templates', async () => {
    const map = await h()['map.create']({ projectId: project.projectId, name: 'Source', mapId: 'src' });
    expect(await h()['template.list']({ projectId: project.projectId })).toEqual(BUILTIN_TEMPLATE_KEYS.map((key) => ({ kind: 'builtin', key })));
    const saved = await h()['template.saveFromMap']({ projectId: project.projectId, mapId: map.id, name: 'Ours' });
    expect(saved).toMatchObject({ kind: 'project', name: 'Ours', sketch: { stageCount: 0, lanes: [], cells: [] } });
    const listed = await h()['template.list']({ projectId: project.projectId });
    expect(listed.slice(0, BUILTIN_TEMPLATE_KEYS.length).every((t) => t.kind === 'builtin')).toBe(true);
    expect(listed.at(-1)).toEqual(saved);
  });

  it('saves a map as a template, creates maps from it after a reopen, and deletes it', async () => {
    const projectId = project.projectId;
    await h()['map.create']({ projectId, name: 'Source', mapId: 'src' });
    await h()['map.apply']({
      projectId,
      mapId: 'src',
      commands: [
        ...sampleCommands(),
        { name: 'map.setMeta', args: { patch: { owner: 'Ana', status: 'approved', personaIds: ['persona-1'] } } },
        { name: 'phase.add', args: { phase: { id: 'ph1', name: 'Attract', color: '#336699' } } },
        { name: 'stage.setPhase', args: { id: 's1', phaseId: 'ph1' } },
        { name: 'emotion.set', args: { point: { id: 'e1', laneId: 'l2', stageId: 's2', personaId: 'persona-1', variant: 'toBe', value: 2, label: 'Happy' } } },
      ],
    });
    const template = await h()['template.saveFromMap']({ projectId, mapId: 'src', name: 'Launch template' });
    if (template.kind !== 'project') throw new Error('expected a project template');
    expect(template.sketch).toMatchObject({ stageCount: 2, lanes: ['actions', 'emotions'] });

    // Editing the source afterwards does not change the template.
    await h()['map.apply']({ projectId, mapId: 'src', commands: [{ name: 'card.delete', args: { ids: ['c1'] } }] });
    services.dispose();
    services = start();
    project = await h()['project.open']({ path: project.path });

    const made = await h()['map.create']({ projectId: project.projectId, name: 'From template', template: { kind: 'project', id: template.id } });
    expect(made).toMatchObject({ name: 'From template', cardCount: 3, stageCount: 2, owner: 'Ana', status: 'draft', personaIds: ['persona-1'] });
    const map = await getMap(made.id);
    expect(JourneyMapSchema.parse(map)).toEqual(map);
    expect(findMapProblem(map)).toBeUndefined();
    expect(map.stages[0]).toMatchObject({ name: 'Aware', futureField: { nested: [1, 2] } });
    expect(map.phases?.[0]).toMatchObject({ name: 'Attract', color: '#336699' });
    expect(map.phases?.[0]?.id).not.toBe('ph1');
    expect(map.stages[0]?.phaseId).toBe(map.phases?.[0]?.id);
    const [point] = Object.values(map.emotions ?? {});
    expect(point).toMatchObject({ stageId: map.stages[1]?.id, laneId: map.lanes[1]?.id, personaId: 'persona-1', value: 2, label: 'Happy' });
    expect(Object.values(map.cards).map((c) => c.title).sort()).toEqual(['First', 'Second', 'Third']);
    const second = await h()['map.create']({ projectId: project.projectId, name: 'Again', template: { kind: 'project', id: template.id } });
    expect(Object.keys((await getMap(second.id)).cards).filter((id) => id in map.cards)).toEqual([]);

    expect(await h()['template.delete']({ projectId: project.projectId, templateId: template.id })).toBeNull();
    expect((await h()['template.list']({ projectId: project.projectId })).some((t) => t.kind === 'project')).toBe(false);
    const gone = await dispatch(h(), 'map.create', { projectId: project.projectId, name: 'X', template: { kind: 'project', id: template.id } });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', params: { templateId: template.id } } });
    const again = await dispatch(h(), 'template.delete', { projectId: project.projectId, templateId: template.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining(template.id) } });
  });

  describe.each(SUPPORTED_LANGUAGES)('built-in templates in %s', (language) => {
    it.each(BUILTIN_TEMPLATE_KEYS)('%s builds a valid map whose channels are in the catalog', async (key) => {
      await h()['settings.set']({ language });
      const made = await h()['map.create']({ projectId: project.projectId, name: `Map ${key}`, template: { kind: 'builtin', key } });
      const map = await getMap(made.id);
      expect(JourneyMapSchema.parse(map)).toEqual(map);
      expect(findMapProblem(map)).toBeUndefined();
      expect(made).toMatchObject({ name: `Map ${key}`, stageCount: map.stages.length, laneCount: map.lanes.length, status: 'draft' });
      const channelIds = new Set((await h()['catalog.get']({ projectId: project.projectId })).channels.map((c) => c.id));
      for (const card of Object.values(map.cards)) {
        if (card.channelId !== undefined) expect(channelIds, `card "${card.title}"`).toContain(card.channelId);
      }
      if (key === 'blank') {
        expect(map.stages).toEqual([]);
        return;
      }
      expect(map.stages.length).toBeGreaterThan(0);
      const names = [...map.stages.map((s) => s.name), ...map.lanes.map((l) => l.name)];
      const chinese = names.filter(hasCjk).length;
      // Some names are brand or metric abbreviations in either language (e.g. "CTR"), so zh-CN asks for most, not all.
      if (language === 'en') expect(chinese, names.join(', ')).toBe(0);
      else expect(chinese, names.join(', ')).toBeGreaterThan(names.length / 2);
    });
  });

  it('points touchpoint cards of the built-in templates at the project channels', async () => {
    const projectId = project.projectId;
    const catalog = await h()['catalog.get']({ projectId });
    const used = new Set<string>();
    for (const key of BUILTIN_TEMPLATE_KEYS) {
      const made = await h()['map.create']({ projectId, name: key, template: { kind: 'builtin', key } });
      for (const card of Object.values((await getMap(made.id)).cards)) if (card.channelId) used.add(card.channelId);
    }
    expect(used.size).toBeGreaterThan(0);
    expect(await h()['catalog.get']({ projectId })).toEqual(catalog);
  });

  it('brings back a built-in channel the user deleted when a template needs it', async () => {
    const projectId = project.projectId;
    const probe = await h()['map.create']({ projectId, name: 'probe', template: { kind: 'builtin', key: 'carBuyer' } });
    const catalog = await h()['catalog.get']({ projectId });
    const usedId = Object.values((await getMap(probe.id)).cards).find((c) => c.channelId)?.channelId;
    const used = catalog.channels.find((c) => c.id === usedId)!;
    await h()['catalog.apply']({ projectId, commands: [{ name: 'channel.delete', args: { id: used.id } }] });

    const made = await h()['map.create']({ projectId, name: 'after delete', template: { kind: 'builtin', key: 'carBuyer' } });
    const channels = (await h()['catalog.get']({ projectId })).channels;
    const restored = channels.find((c) => c.builtin === used.builtin);
    expect(restored).toMatchObject({ builtin: used.builtin, icon: used.icon, group: used.group });
    expect(restored?.id).not.toBe(used.id);
    const ids = new Set(channels.map((c) => c.id));
    for (const card of Object.values((await getMap(made.id)).cards)) if (card.channelId) expect(ids).toContain(card.channelId);
    services.dispose();
    services = start();
    project = await h()['project.open']({ path: project.path });
    expect((await h()['catalog.get']({ projectId: project.projectId })).channels).toEqual(channels);
  });

  it('keeps the legacy starter flag and the settings language', async () => {
    await h()['settings.set']({ language: 'zh-CN' });
    const made = await h()['map.create']({ projectId: project.projectId, name: '旅程', starter: true });
    expect((await getMap(made.id)).stages[0]?.name).toBe('认知');
  });
});
