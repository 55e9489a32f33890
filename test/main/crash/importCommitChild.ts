import { createAppServices } from '../../../main/services/appServices';
import { dispatch } from '../../../main/services/dispatch';
import type { CallName, CallRequest, CallResponse } from '../../../src/api/contract';
import type { MetricsMapping } from '../../../src/import/mapping';

/**
 * Child process of the import crash test: opens the project at argv[2]
 * through the real services (settings in argv[5]), reads the CSV at argv[3]
 * for map argv[4] with the mapping in argv[6] (JSON) and commits it. Prints "writing" once
 * the commit has written its first slice, and "committed" after the commit
 * answered, then idles; the parent kills it somewhere in between (or after).
 */
const [file, csv, mapId, dataDir, mappingJson] = process.argv.slice(2) as [string, string, string, string, string];
const services = createAppServices({ dataDir, projectsDir: dataDir, appVersion: 'crash', host: 'browser' });
const call = async <K extends CallName>(name: K, request: CallRequest<K>): Promise<CallResponse<K>> => {
  const reply = await dispatch(services.handlers, name, request);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
  return reply.value as CallResponse<K>;
};
const mapping = JSON.parse(mappingJson) as MetricsMapping;

const { projectId } = await call('project.open', { path: file });
const { jobId } = await call('import.start', { projectId, mapId, path: csv, read: {}, mapping });
let state = await call('import.status', { jobId });
while (state.phase === 'reading') {
  await new Promise((resolve) => setTimeout(resolve, 10));
  state = await call('import.status', { jobId });
}
const committed = call('import.commit', { jobId, matches: {} });
let announced = false;
const watch = setInterval(() => {
  void call('import.status', { jobId }).then((now) => {
    if (!announced && (now.commit?.written ?? 0) > 0) {
      announced = true;
      process.stdout.write('writing\n');
    }
  });
}, 1);
await committed;
clearInterval(watch);
process.stdout.write('committed\n');
// Stays open (as the app would) until the parent kills it.
setInterval(() => undefined, 60_000);
