import { openProjectStore } from '../../../main/services/projectStore';

/**
 * Child process for the LOCKED test: opens the project given as argv[2]
 * through the real store, says "ready", and holds it until stdin closes.
 */
const store = openProjectStore(process.argv[2]!);
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  store.close();
  process.exit(0);
});
