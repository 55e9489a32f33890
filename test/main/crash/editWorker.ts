import { openProjectStore } from '../../../main/services/projectStore';

/**
 * Child process of the crash test: edits the project at argv[2] through the
 * real store as fast as it can until it is killed. Edit n adds card "e<n>" at
 * the end of the one cell and renames the stage to "Stage <n>" in the same
 * batch; "ok <n>" is printed only after applyCommands returned, i.e. after
 * the commit. Stdout is a pipe, which Node writes synchronously on Linux.
 */
const store = openProjectStore(process.argv[2]!);
const mapId = process.argv[3]!;
let n = Object.keys(store.getMap(mapId).cards).length;
for (;;) {
  n += 1;
  store.applyCommands(mapId, [
    { name: 'card.add', args: { cards: [{ id: `e${n}`, stageId: 's', laneId: 'l', order: n - 1, title: `Edit ${n}` }] } },
    { name: 'stage.rename', args: { id: 's', name: `Stage ${n}` } },
  ]);
  process.stdout.write(`ok ${n}\n`);
}
