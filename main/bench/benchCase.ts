import { IMPORT_CASES, runImportCase, type ImportCase } from './importCases';

/**
 * `node dist/main/benchCase.mjs <case> <file>`: one import bench case in a
 * process of its own. A bundle of its own too, so the peak memory of a case
 * is not inflated by what only the bench driver loads (playwright-core alone
 * is ~80 MiB); `bench.mjs --case` runs the same cases.
 */
const [name, file] = process.argv.slice(2);
if (!IMPORT_CASES.includes(name as ImportCase) || !file) {
  console.error(`usage: benchCase.mjs <${IMPORT_CASES.join('|')}> <file>`);
  process.exit(2);
}
runImportCase(name as ImportCase, file).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
