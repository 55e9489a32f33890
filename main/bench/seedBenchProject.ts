import type { Handlers } from '../../src/api/contract';
import type { Card } from '../../src/model/journey';

/** Creates a project with one starter map holding `cardCount` cards spread over its cells; times opening it and one edit. */
export async function seedBenchProject(
  handlers: Handlers,
  file: string,
  cardCount: number,
): Promise<{ mapName: string; loadMs: number; editMs: number }> {
  const project = await handlers['project.create']({ path: file, name: `Bench ${cardCount}` });
  const mapName = `Map with ${cardCount} cards`;
  const summary = await handlers['map.create']({ projectId: project.projectId, name: mapName, starter: true });
  const ref = { projectId: project.projectId, mapId: summary.id };
  const map = await handlers['map.get'](ref);
  const cells = map.stages.flatMap((stage) => map.lanes.map((lane) => ({ stageId: stage.id, laneId: lane.id })));
  const perCell = new Map<string, number>();
  const cards: Card[] = Array.from({ length: cardCount }, (_, i) => {
    const cell = cells[i % cells.length]!;
    const key = `${cell.stageId}/${cell.laneId}`;
    const order = perCell.get(key) ?? 0;
    perCell.set(key, order + 1);
    return { id: `bench${i}`, ...cell, order, title: `Card ${i + 1}: customer step with a short description` };
  });
  await handlers['map.apply']({ ...ref, commands: [{ name: 'card.add', args: { cards } }] });
  await handlers['project.close']({ projectId: project.projectId });

  // Opening reads every map (the portfolio shows their sketches), so time the open and the map together.
  const loadStart = performance.now();
  const reopened = await handlers['project.open']({ path: file });
  await handlers['map.get']({ projectId: reopened.projectId, mapId: summary.id });
  const loadMs = performance.now() - loadStart;

  const editStart = performance.now();
  await handlers['map.apply']({
    projectId: reopened.projectId,
    mapId: summary.id,
    commands: [{ name: 'card.edit', args: { id: 'bench0', patch: { title: 'Edited once' } } }],
  });
  const editMs = performance.now() - editStart;
  await handlers['project.close']({ projectId: reopened.projectId });
  return { mapName, loadMs, editMs };
}
