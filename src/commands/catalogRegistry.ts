import type { ProjectCatalog } from '../model/catalog';
import { catalogHandlers, type CatalogCommandResult } from './catalogCommands';
import { catalogCommandArgSchemas, type CatalogCommand, type CatalogCommandArgs, type CatalogCommandName } from './catalogSchemas';
import { CommandError } from './errors';
import { parseArgs, withContext } from './namedEdit';

export type { CatalogCommandResult } from './catalogCommands';

const isCatalogCommandName = (name: unknown): name is CatalogCommandName =>
  typeof name === 'string' && Object.hasOwn(catalogCommandArgSchemas, name);

function run<N extends CatalogCommandName>(name: N, catalog: ProjectCatalog, rawArgs: unknown): CatalogCommandResult {
  // TypeScript cannot correlate the parsed union with N; the schema looked up by N produced it.
  const args = parseArgs(name, catalogCommandArgSchemas[name], rawArgs) as CatalogCommandArgs<N>;
  return withContext(`${name}:`, { command: name }, () => catalogHandlers[name](catalog, args));
}

/**
 * Applies one named catalog edit (channels, personas, segments): validates
 * its args and returns a new catalog plus the command that undoes it. The
 * input is never modified; whatever the edit did not change keeps its identity.
 */
export function applyCatalogCommand(catalog: ProjectCatalog, command: CatalogCommand): CatalogCommandResult {
  const { name, args } = command;
  if (!isCatalogCommandName(name)) {
    throw new CommandError('INVALID_ARGS', `unknown catalog command "${String(name)}"`, { command: String(name) });
  }
  return run(name, catalog, args);
}

/** Applies catalog edits in order, all or nothing; `inverses` undo them when applied as given. */
export function applyCatalogCommands(
  catalog: ProjectCatalog,
  commands: readonly CatalogCommand[],
): { catalog: ProjectCatalog; inverses: CatalogCommand[] } {
  const inverses: CatalogCommand[] = [];
  let current = catalog;
  commands.forEach((command, index) => {
    const result = withContext(`commands[${index}]`, { index: String(index) }, () => applyCatalogCommand(current, command));
    current = result.catalog;
    inverses.unshift(result.inverse);
  });
  return { catalog: current, inverses };
}
