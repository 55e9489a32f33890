import type { JourneyMap } from '../model/journey';
import type { Command, CommandArgs, CommandName } from './schemas';

/** A new map and the command that turns it back into the old one. */
export interface CommandResult {
  map: JourneyMap;
  inverse: Command;
}

/** The pure implementation of one named command; args are already validated by zod. */
export type CommandHandler<N extends CommandName> = (map: JourneyMap, args: CommandArgs<N>) => CommandResult;

/** The handlers of every command whose name starts with `prefix.`. */
export type CommandHandlers<Prefix extends string> = {
  [N in Extract<CommandName, `${Prefix}.${string}`>]: CommandHandler<N>;
};
