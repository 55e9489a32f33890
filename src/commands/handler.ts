import type { Id, JourneyMap } from '../model/journey';
import type { Command, CommandArgs, CommandName } from './schemas';

/**
 * Ids of the cards and connections a command added, changed or removed (it may
 * name some that ended up unchanged). Main writes the rows of these ids
 * instead of comparing every card of the map; a command that changes the
 * `cards` or `connections` record without saying which ids makes main compare
 * that whole record.
 */
export interface Touched {
  cards?: readonly Id[];
  connections?: readonly Id[];
}

/** The cards and connections a batch of commands touched; 'all' when a command changed the record without saying which ids. */
export interface BatchTouched {
  cards: ReadonlySet<Id> | 'all';
  connections: ReadonlySet<Id> | 'all';
}

/** A new map, the command that turns it back into the old one, and which cards and connections it touched. */
export interface CommandResult {
  map: JourneyMap;
  inverse: Command;
  touched?: Touched;
}

/** The pure implementation of one named command; args are already validated by zod. */
export type CommandHandler<N extends CommandName> = (map: JourneyMap, args: CommandArgs<N>) => CommandResult;

/** The handlers of every command whose name starts with `prefix.`. */
export type CommandHandlers<Prefix extends string> = {
  [N in Extract<CommandName, `${Prefix}.${string}`>]: CommandHandler<N>;
};
