import type { Command } from '../../src/commands/schemas';

/**
 * Sends edits to main strictly in order, one request in flight at a time.
 * Edits queued while a request is in flight go out together in the next one
 * (same map only, at most `MAX_BATCH` commands, the API's limit per call).
 * When main rejects a request, every queued edit after it is dropped: they were
 * made on top of a state main never reached, and the caller reloads the map.
 */

export const MAX_BATCH = 1000;

export interface SaveTarget {
  projectId: string;
  mapId: string;
}

export interface SaveQueueOptions {
  send(target: SaveTarget, commands: Command[]): Promise<void>;
  /** Called whenever the number of edits not yet confirmed by main changes. */
  onPending(count: number): void;
  onSaved(): void;
  /** `dropped` counts the queued edits discarded after the failure. */
  onFailed(target: SaveTarget, error: unknown, dropped: number): void;
}

export interface SaveQueue {
  push(target: SaveTarget, commands: Command[]): void;
  /** Resolves once nothing is queued or in flight. */
  idle(): Promise<void>;
  pending(): number;
}

interface Item {
  target: SaveTarget;
  commands: Command[];
}

const sameTarget = (a: SaveTarget, b: SaveTarget): boolean => a.projectId === b.projectId && a.mapId === b.mapId;

/** Creates an ordered, batching queue of edits bound for main. */
export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  let queue: Item[] = [];
  let inFlight = 0;
  let waiters: (() => void)[] = [];

  const pending = (): number => queue.length + inFlight;

  const settle = (): void => {
    options.onPending(pending());
    if (pending() === 0) {
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    }
  };

  const takeBatch = (): { items: Item[]; commands: Command[] } => {
    const first = queue[0]!;
    const items = [first];
    const commands = [...first.commands];
    for (const item of queue.slice(1)) {
      if (!sameTarget(item.target, first.target) || commands.length + item.commands.length > MAX_BATCH) break;
      items.push(item);
      commands.push(...item.commands);
    }
    queue = queue.slice(items.length);
    return { items, commands };
  };

  const pump = async (): Promise<void> => {
    if (inFlight > 0 || queue.length === 0) return;
    const { items, commands } = takeBatch();
    const target = items[0]!.target;
    inFlight = items.length;
    try {
      await options.send(target, commands);
      inFlight = 0;
      options.onSaved();
    } catch (error) {
      inFlight = 0;
      const dropped = queue.filter((item) => sameTarget(item.target, target)).length;
      queue = queue.filter((item) => !sameTarget(item.target, target));
      options.onFailed(target, error, dropped);
    }
    settle();
    void pump();
  };

  return {
    push(target, commands) {
      if (commands.length === 0) return;
      queue.push({ target, commands });
      options.onPending(pending());
      void pump();
    },
    idle() {
      return pending() === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    pending,
  };
}
