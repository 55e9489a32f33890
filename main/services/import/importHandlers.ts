import path from 'node:path';
import type { Handlers, ImportMatches, ImportRecord, ProvenanceEntry } from '../../../src/api/contract';
import { AppError } from '../../../src/api/result';
import { mergeDefinitions } from '../../../src/metrics/definitions';
import { inDateRange, rangeAnchor, valueBucket } from '../../../src/metrics/periods';
import { targetKey } from '../../../src/metrics/targets';
import type { MetricTarget } from '../../../src/model/metrics';
import type { ProjectStore } from '../projectStore';
import { createImportJobs, type ImportJob, type ImportJobs } from './importJobs';
import { planTransitions } from './transitionPlan';
import { mapMetrics, mapVelocity } from './mapMetrics';
import { handMatches, suggestMatches } from './matchKeys';
import { createProjectGates, type ProjectGates } from './projectGates';
import { inspectFile } from './sources';

type ImportCall = Extract<keyof Handlers, `import.${string}` | `metrics.${string}`>;
export type ImportHandlers = Pick<Handlers, ImportCall>;

export interface ImportHandlersContext {
  /** The open project with this id, or an AppError NOT_FOUND. */
  project(projectId: string): ProjectStore;
  /** Turns a user-typed path into an absolute one. */
  userPath(input: string): string;
  /** The running and finished import jobs; a fresh registry when absent. */
  jobs?: ImportJobs;
  /** Held by each commit (and diff) while it reads and writes the project's metric tables; fresh when absent. */
  gates?: ProjectGates;
}

/** The `import.*` and `metrics.*` calls: jobs parse and plan in workers; everything else reads and writes the project's metric tables. */
export function createImportHandlers(ctx: ImportHandlersContext): ImportHandlers {
  const jobs = ctx.jobs ?? createImportJobs();
  const gates = ctx.gates ?? createProjectGates();

  const readyJob = (jobId: string): ImportJob & { packed: NonNullable<ImportJob['packed']> } => {
    const job = jobs.get(jobId);
    if (job.state.phase !== 'ready' || !job.packed) {
      throw new AppError('UNSUPPORTED', `The import of "${job.fileName}" is ${job.state.phase}, not ready to commit.`, { file: job.fileName, jobId });
    }
    return job as ImportJob & { packed: NonNullable<ImportJob['packed']> };
  };

  const suggestions = (job: ImportJob) => {
    if (job.suggestedMatches || job.state.phase !== 'ready' || !job.state.result) return job.suggestedMatches;
    const store = ctx.project(job.spec.projectId);
    const result = job.state.result;
    const keys = (result.kind === 'metrics' ? result.targetKeys : result.stageKeys).map((entry) => entry.key);
    const saved = job.spec.presetId ? store.metrics.preset(job.spec.presetId).matches : {};
    const remembered = store.metrics.rememberedMatches(job.spec.mapId);
    job.suggestedMatches = suggestMatches(keys, job.spec.mapping, store.getMap(job.spec.mapId), store.catalog(), saved, remembered);
    return job.suggestedMatches;
  };

  /** The request's matches over the suggested ones; every target must exist on the map or in the catalog. */
  const resolveMatches = (job: ImportJob, store: ProjectStore, matches: ImportMatches): ImportMatches => {
    const resolved = { ...suggestions(job), ...matches };
    const map = store.getMap(job.spec.mapId);
    const channels = new Set(store.catalog().channels.map((channel) => channel.id));
    const exists = (target: MetricTarget): boolean =>
      target.kind === 'stage'
        ? map.stages.some((stage) => stage.id === target.id)
        : target.kind === 'card'
          ? target.id in map.cards
          : target.kind === 'channel'
            ? channels.has(target.id)
            : true;
    for (const [key, target] of Object.entries(resolved)) {
      if (target && !exists(target)) {
        throw new AppError('BAD_REQUEST', `"${key}" of "${job.fileName}" is matched to ${target.kind} "${'id' in target ? target.id : ''}", which is not on the map.`, {
          file: job.fileName,
          field: `matches.${key}`,
        });
      }
    }
    return resolved;
  };

  /**
   * What committing the job would write: a metrics job's plan comes from its worker (against the map's
   * stored values, read here in pages), a transition log's is made here. Call holding the project's gate.
   */
  const plan = async (job: ImportJob & { packed: NonNullable<ImportJob['packed']> }, matches: ImportMatches, presetId?: string, forCommit = false) => {
    const store = ctx.project(job.spec.projectId);
    const resolved = resolveMatches(job, store, matches);
    const { mapId } = job.spec;
    // The sheet actually read, so provenance names it even when the user left the first sheet chosen.
    const sheet = job.sheet ?? job.spec.read.sheet ?? null;
    const preset = presetId ?? job.spec.presetId ?? null;
    // Imports recorded before the sheet was kept have none: the same file's first sheet is still the same source.
    const previous =
      store.metrics.previousImport(mapId, job.packed.kind, preset, job.fileName, sheet) ??
      (sheet !== null && job.spec.read.sheet === undefined ? store.metrics.previousImport(mapId, job.packed.kind, preset, job.fileName, null) : null);
    const common = { job, store, sheet, presetId: preset, resolved };
    if (job.packed.kind === 'metrics') {
      const definitions = mergeDefinitions(store.metrics.customDefinitions());
      const stored = await store.metrics.storedColumns(mapId);
      const compact = await jobs.plan(job, { matches: resolved, definitions, stored, previousImportId: previous, release: forCommit });
      return { ...common, kind: 'metrics' as const, plan: compact, stored };
    }
    const previousRows = previous ? store.metrics.transitionCount(previous) : 0;
    return { ...common, kind: 'transitions' as const, plan: planTransitions(job.packed, resolved, previous, previousRows) };
  };

  /** Writes the plan of a ready job (the caller holds the project's gate), then lets the project learn its hand matches. */
  const commit = async (job: ImportJob & { packed: NonNullable<ImportJob['packed']> }, matches: ImportMatches, presetId?: string): Promise<ImportRecord> => {
    const planned = await plan(job, matches, presetId, true);
    const { store, sheet } = planned;
    const presetName = planned.presetId ? store.metrics.preset(planned.presetId).name : null;
    const { diff, rows } = planned.plan;
    const header = {
      mapId: job.spec.mapId,
      kind: planned.kind,
      path: job.spec.path,
      fileName: job.fileName,
      sheet,
      presetId: planned.presetId,
      presetName,
      rows,
      added: diff.added,
      changed: diff.changed,
      removed: diff.removed,
    };
    let record: ImportRecord;
    try {
      record =
        planned.kind === 'metrics'
          ? await store.metrics.commitPlanned(header, planned.plan, planned.stored, (written, total) => jobs.committing(job, written, total))
          : store.metrics.commitTransitions(header, planned.plan.transitions, diff.previousImportId);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('IO', `Nothing of "${job.fileName}" was imported: ${error instanceof Error ? error.message : String(error)}`, { file: job.fileName });
    }
    jobs.committed(job);
    // The next import of the project proposes the hand matches of this one.
    const learned = handMatches(planned.resolved, job.spec.mapping, store.getMap(job.spec.mapId), store.catalog());
    store.metrics.rememberMatches(job.spec.mapId, learned.remember, learned.forget);
    return record;
  };

  const definitionsOf = (store: ProjectStore) => mergeDefinitions(store.metrics.customDefinitions());

  return {
    'import.inspect': async ({ projectId, path: file, read }) => {
      ctx.project(projectId);
      return inspectFile(ctx.userPath(file), read ?? {});
    },
    'import.start': ({ projectId, mapId, path: file, read, mapping, presetId }) => {
      const store = ctx.project(projectId);
      store.getMap(mapId);
      if (presetId) store.metrics.preset(presetId);
      const job = jobs.start({ projectId, mapId, path: ctx.userPath(file), read, mapping, ...(presetId ? { presetId } : {}) });
      return { jobId: job.jobId };
    },
    'import.status': ({ jobId }) => {
      const job = jobs.get(jobId);
      const suggestedMatches = suggestions(job);
      return suggestedMatches ? { ...job.state, suggestedMatches } : job.state;
    },
    'import.cancel': ({ jobId }) => jobs.cancel(jobId).state,
    'import.diff': ({ jobId, matches }) => {
      const { projectId } = jobs.get(jobId).spec;
      return gates.hold(projectId, async () => (await plan(readyJob(jobId), matches)).plan.diff);
    },
    'import.commit': ({ jobId, matches, presetId }) => {
      const job = readyJob(jobId);
      // No longer ready: a second commit or a cancel is refused from here on.
      jobs.committing(job, 0, 0);
      return gates.hold(job.spec.projectId, async () => {
        try {
          return await commit(job, matches, presetId);
        } catch (error) {
          jobs.commitFailed(job);
          throw error;
        }
      });
    },
    'import.history': ({ projectId, mapId }) => {
      const store = ctx.project(projectId);
      if (mapId !== undefined) store.getMap(mapId);
      return store.metrics.history(mapId);
    },
    'import.undo': ({ projectId, importId }) => ctx.project(projectId).metrics.undo(importId),
    'import.presets': ({ projectId }) => ctx.project(projectId).metrics.presets(),
    'import.savePreset': ({ projectId, name, read, mapping, matches }) => ctx.project(projectId).metrics.savePreset({ name, read, mapping, matches }),
    'import.deletePreset': ({ projectId, presetId }) => {
      ctx.project(projectId).metrics.deletePreset(presetId);
      return null;
    },

    'metrics.get': ({ projectId, mapId, grain, range }) => mapMetrics(ctx.project(projectId), mapId, grain, range),
    'metrics.velocity': ({ projectId, mapId, from, to }) => mapVelocity(ctx.project(projectId), mapId, { from, to }),
    'metrics.provenance': ({ projectId, mapId, target, metric, grain, range, period, segment }) => {
      const store = ctx.project(projectId);
      store.getMap(mapId);
      const imports = new Map<string, ImportRecord | null>();
      const importOf = (id: string) => {
        if (!imports.has(id)) imports.set(id, store.metrics.importInfo(id));
        return imports.get(id) ?? null;
      };
      return store.metrics
        .valuesOf(mapId, targetKey(target), metric)
        .filter(
          (v) =>
            (segment === null || v.segment === segment) &&
            (period === null || (v.period !== null && (range ? inDateRange(rangeAnchor(v.period, v.grain), range) : valueBucket(v.period, v.grain, grain) === period))),
        )
        .sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '') || a.segment.localeCompare(b.segment))
        .map((v): ProvenanceEntry => {
          const from = importOf(v.importId);
          return {
            importId: v.importId,
            path: from?.path ?? '',
            fileName: from?.fileName ?? (from ? path.basename(from.path) : ''),
            sheet: from?.sheet ?? null,
            rows: v.rows,
            importedAt: from?.importedAt ?? '',
            target: v.target,
            metric: v.metric,
            period: v.period,
            segment: v.segment,
            value: v.value,
          };
        });
    },
    'metrics.saveDefinition': ({ projectId, definition }) => {
      const store = ctx.project(projectId);
      store.metrics.saveDefinition(definition);
      return definitionsOf(store);
    },
    'metrics.deleteDefinition': ({ projectId, key }) => {
      const store = ctx.project(projectId);
      store.metrics.deleteDefinition(key);
      return definitionsOf(store);
    },
  };
}
