import type { Id, JourneyMap } from '../model/journey';
import { cardCommands } from './cardCommands';
import { commentCommands } from './commentCommands';
import { connectionCommands } from './connectionCommands';
import { emotionCommands } from './emotionCommands';
import { gapCommands } from './gapCommands';
import { CommandError } from './errors';
import type { BatchTouched, CommandHandler, CommandResult } from './handler';
import { laneCommands } from './laneCommands';
import { mapCommands } from './mapCommands';
import { parseArgs, withContext } from './namedEdit';
import { phaseCommands } from './phaseCommands';
import { commandArgSchemas, type Command, type CommandArgs, type CommandName } from './schemas';
import { stageCommands } from './stageCommands';
import { viewCommands } from './viewCommands';
import { voteCommands } from './voteCommands';

export type { BatchTouched, CommandResult } from './handler';

const handlers: { [N in CommandName]: CommandHandler<N> } = {
  ...mapCommands,
  ...phaseCommands,
  ...stageCommands,
  ...laneCommands,
  ...cardCommands,
  ...connectionCommands,
  ...emotionCommands,
  ...commentCommands,
  ...voteCommands,
  ...viewCommands,
  ...gapCommands,
};

const isCommandName = (name: unknown): name is CommandName =>
  typeof name === 'string' && Object.hasOwn(commandArgSchemas, name);

function run<N extends CommandName>(name: N, map: JourneyMap, rawArgs: unknown): CommandResult {
  // TypeScript cannot correlate the parsed union with N; the schema looked up by N produced it.
  const args = parseArgs(name, commandArgSchemas[name], rawArgs) as CommandArgs<N>;
  return withContext(`${name}:`, { command: name }, () => handlers[name](map, args));
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

const TOUCHABLE = ['cards', 'connections'] as const;

/**
 * Applies edits in order, all or nothing; `inverses` undo them when applied as
 * given; `touched` names the cards and connections that may differ between the
 * given map and the result (see CommandResult.touched).
 */
export function applyCommands(map: JourneyMap, commands: readonly Command[]): { map: JourneyMap; inverses: Command[]; touched: BatchTouched } {
  const inverses: Command[] = [];
  const touched: { cards: Set<Id> | 'all'; connections: Set<Id> | 'all' } = { cards: new Set(), connections: new Set() };
  let current = map;
  commands.forEach((command, index) => {
    const result = withContext(`commands[${index}]`, { index: String(index) }, () => applyCommand(current, command));
    for (const field of TOUCHABLE) {
      const seen = touched[field];
      if (result.map[field] === current[field] || seen === 'all') continue;
      const ids = result.touched?.[field];
      if (ids) for (const id of ids) seen.add(id);
      else touched[field] = 'all';
    }
    current = result.map;
    inverses.unshift(result.inverse);
  });
  return { map: current, inverses, touched };
}
