import type { JourneyMap } from '../model/journey';
import { formatIssuePath } from '../schema/issuePath';
import { cardCommands } from './cardCommands';
import { connectionCommands } from './connectionCommands';
import { CommandError } from './errors';
import type { CommandHandler, CommandResult } from './handler';
import { laneCommands } from './laneCommands';
import { mapCommands } from './mapCommands';
import { commandArgSchemas, type Command, type CommandArgs, type CommandName } from './schemas';
import { stageCommands } from './stageCommands';

export type { CommandResult } from './handler';

const handlers: { [N in CommandName]: CommandHandler<N> } = {
  ...mapCommands,
  ...stageCommands,
  ...laneCommands,
  ...cardCommands,
  ...connectionCommands,
};

const isCommandName = (name: unknown): name is CommandName =>
  typeof name === 'string' && Object.hasOwn(commandArgSchemas, name);

function run<N extends CommandName>(name: N, map: JourneyMap, rawArgs: unknown): CommandResult {
  const parsed = commandArgSchemas[name].safeParse(rawArgs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = formatIssuePath(issue?.path ?? []);
    throw new CommandError('INVALID_ARGS', `${name}: invalid args${field ? ` at ${field}` : ''}: ${issue?.message ?? 'rejected'}`, {
      command: name,
      field,
    });
  }
  try {
    // TypeScript cannot correlate the parsed union with N; the schema looked up by N produced it.
    return handlers[name](map, parsed.data as CommandArgs<N>);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    throw new CommandError(error.code, `${name}: ${error.message}`, { command: name, ...error.params });
  }
}

/**
 * Applies one named edit: validates its args, checks them against the map and
 * returns a new map plus the command that undoes it. The input map is never
 * modified and everything the edit did not change keeps its object identity.
 */
export function applyCommand(map: JourneyMap, command: Command): CommandResult {
  const { name, args } = command;
  if (!isCommandName(name)) {
    throw new CommandError('INVALID_ARGS', `unknown command "${String(name)}"`, { command: String(name) });
  }
  return run(name, map, args);
}

/** Applies edits in order, all or nothing; `inverses` undo them when applied as given. */
export function applyCommands(map: JourneyMap, commands: readonly Command[]): { map: JourneyMap; inverses: Command[] } {
  const inverses: Command[] = [];
  let current = map;
  commands.forEach((command, index) => {
    try {
      const result = applyCommand(current, command);
      current = result.map;
      inverses.unshift(result.inverse);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      throw new CommandError(error.code, `commands[${index}] ${error.message}`, { ...error.params, index: String(index) });
    }
  });
  return { map: current, inverses };
}
