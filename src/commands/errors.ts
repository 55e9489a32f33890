export type CommandErrorCode = 'INVALID_ARGS' | 'NOT_FOUND' | 'CONFLICT';

/**
 * Why a command was refused. Main reports it as COMMAND_FAILED with this
 * message; `params` holds the values the message names (command, id, field).
 */
export class CommandError extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/** Refuses an edit of an entity that does not exist. */
export function notFound(noun: string, id: string): never {
  throw new CommandError('NOT_FOUND', `${noun} "${id}" does not exist`, { id });
}

/** Refuses to add an entity whose id is already taken. */
export function conflict(noun: string, id: string): never {
  throw new CommandError('CONFLICT', `${noun} id "${id}" is already used`, { id });
}

/** Refuses arguments that are well-formed but make no sense for this map. */
export function invalidArgs(message: string, field: string): never {
  throw new CommandError('INVALID_ARGS', message, { field });
}
