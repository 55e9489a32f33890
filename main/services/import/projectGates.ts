/**
 * One gate per open project for an import commit, which writes the project
 * in slices inside one transaction on main's connection and yields to the
 * event loop between slices. While a commit holds a project's gate, a call
 * that writes the project, or reads its metric tables, waits for the commit
 * to end (a read would see half an import: the transaction is the same
 * connection's); the reads in READS_DURING_COMMIT answer at once.
 */

export type ProjectGates = ReturnType<typeof createProjectGates>;

export function createProjectGates() {
  const held = new Map<string, Promise<void>>();

  const idle = async (projectId: string): Promise<void> => {
    for (let running = held.get(projectId); running; running = held.get(projectId)) await running;
  };

  return {
    /** True while an import commit holds the project. */
    busy: (projectId: string): boolean => held.has(projectId),
    idle,
    /** True while any project is held. */
    anyBusy: (): boolean => held.size > 0,
    /** Resolves when no project is held (shutdown). */
    async allIdle(): Promise<void> {
      while (held.size > 0) await Promise.all(held.values());
    },
    /** Runs `work` holding the project's gate, after the commits that hold or wait for it now. */
    async hold<T>(projectId: string, work: () => Promise<T>): Promise<T> {
      const running = (held.get(projectId) ?? Promise.resolve()).then(work);
      const released = running.then(
        () => undefined,
        () => undefined,
      );
      held.set(projectId, released);
      try {
        return await running;
      } finally {
        if (held.get(projectId) === released) held.delete(projectId);
      }
    },
  };
}

/**
 * Calls of a project that answer during its import commit: they read neither
 * the metric tables nor anything an import writes (the rest wait).
 */
export const READS_DURING_COMMIT: ReadonlySet<string> = new Set([
  'map.list',
  'map.get',
  'catalog.get',
  'image.get',
  'template.list',
  'import.inspect',
  'import.start',
  'import.status',
  'import.cancel',
]);

/**
 * Wraps every handler whose request names a project: while that project's
 * gate is held, the call runs after the commit (unless it is one of
 * READS_DURING_COMMIT). When no commit runs, the handler is called as before.
 */
export function gateProjectCalls<H extends object>(handlers: H, gates: ProjectGates): H {
  const gated: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (request: unknown) => unknown][]) {
    gated[name] = READS_DURING_COMMIT.has(name)
      ? handler
      : (request: unknown) => {
          const projectId = typeof request === 'object' && request !== null && 'projectId' in request ? request.projectId : undefined;
          if (typeof projectId === 'string' && gates.busy(projectId)) return gates.idle(projectId).then(() => handler(request));
          return handler(request);
        };
  }
  return gated as H;
}
