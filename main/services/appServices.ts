import fs from 'node:fs';
import type { FileKind, Handlers } from '../../src/api/contract';
import { AppError } from '../../src/api/result';
import type { OpenProject } from '../../src/model/project';
import { listFolder } from './fsList';
import { createImportHandlers } from './import/importHandlers';
import { createImportJobs } from './import/importJobs';
import { createProjectGates, gateProjectCalls } from './import/projectGates';
import { resolveUserPath, withExtension } from './paths';
import { exportProjectJson, importProjectJson } from './projectJson';
import { createGapHandlers } from './gaps/gapHandlers';
import { createExportHandlers, type PrintPageRenderer } from './export/exportHandlers';
import { createExportJobs } from './export/exportJobs';
import { createProjectStore, openProjectStore, type ProjectStore } from './projectStore';
import { createSettingsStore } from './settings';
import { exportTable } from './tableExport';

export interface AppServicesContext {
  /** Folder of settings.json. */
  dataDir: string;
  /** Where new projects go by default; relative paths in requests are taken inside it. */
  projectsDir: string;
  appVersion: string;
  host: 'electron' | 'browser';
  /** Native file dialogs (Electron only); each resolves null when the user cancels. */
  dialogs?: NativeDialogs;
  /** What turns the print view into PDF/PNG/SVG (resolved late: the browser host knows its address only once listening). */
  printRenderer?: () => PrintPageRenderer | null;
}

/** What the Electron host provides for the `dialog.*` calls. */
export interface NativeDialogs {
  openFile(kind: FileKind): Promise<string | null>;
  saveFile(kind: FileKind, defaultName?: string): Promise<string | null>;
  /** `defaultPath` arrives absolute ("~" and relative paths already resolved). */
  chooseFolder(defaultPath?: string): Promise<string | null>;
}

export interface AppServices {
  handlers: Handlers;
  /** Stops running import workers and export jobs and closes every open project cleanly (WAL checkpointed, lock released). */
  dispose(): Promise<void>;
}

/** Every call of the API contract, implemented once for both transports. */
export function createAppServices(ctx: AppServicesContext): AppServices {
  const settings = createSettingsStore(ctx.dataDir);
  const projects = new Map<string, ProjectStore>();
  const importJobs = createImportJobs();
  const importGates = createProjectGates();
  const exportJobs = createExportJobs(() => ctx.printRenderer?.() ?? null);
  const userPath = (input: string) => resolveUserPath(input, ctx.projectsDir);

  const project = (projectId: string): ProjectStore => {
    const store = projects.get(projectId);
    if (!store) throw new AppError('NOT_FOUND', `No open project has the id "${projectId}"; open the project again.`, { projectId });
    return store;
  };

  const describe = (store: ProjectStore): OpenProject => ({
    projectId: store.projectId,
    path: store.path,
    info: store.info(),
    maps: store.listMaps(),
  });

  const rememberRecent = (store: ProjectStore, name: string) => {
    // The project is open either way; a settings folder that cannot be written must not strand it.
    try {
      settings.addRecent(store.path, name);
    } catch (error) {
      console.warn(`Could not add ${store.path} to the recent projects:`, error);
    }
  };

  const opened = (store: ProjectStore): OpenProject => {
    projects.set(store.projectId, store);
    const described = describe(store);
    rememberRecent(store, described.info.name);
    return described;
  };

  const dialogs = () => {
    if (!ctx.dialogs) throw new AppError('UNSUPPORTED', 'Native file dialogs are not available in the browser; use the in-app picker.');
    return ctx.dialogs;
  };

  // While an import commit writes a project, its other calls that write it or read its metrics wait (projectGates.ts).
  const handlers: Handlers = gateProjectCalls<Handlers>({
    ...createImportHandlers({ project, userPath, jobs: importJobs, gates: importGates }),
    ...createGapHandlers({ project }),
    ...createExportHandlers({ project, userPath, settings, appVersion: ctx.appVersion, renderer: ctx.printRenderer, jobs: exportJobs }),
    'app.info': () => ({ version: ctx.appVersion, host: ctx.host, projectsDir: ctx.projectsDir, platform: process.platform }),
    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.set(patch),
    'fs.list': ({ path, kind }) => {
      if (path === undefined) fs.mkdirSync(ctx.projectsDir, { recursive: true });
      return listFolder(path === undefined ? ctx.projectsDir : userPath(path), kind);
    },
    'dialog.openFile': ({ kind }) => dialogs().openFile(kind),
    'dialog.saveFile': ({ kind, defaultName }) => dialogs().saveFile(kind, defaultName),
    'dialog.chooseFolder': ({ defaultPath }) => dialogs().chooseFolder(defaultPath === undefined ? undefined : userPath(defaultPath)),

    'project.recent': () => settings.recent(),
    'project.forgetRecent': ({ path }) => settings.forgetRecent(userPath(path)),
    'project.create': ({ path, name }) => opened(createProjectStore(withExtension(userPath(path)), name)),
    'project.open': ({ path }) => opened(openProjectStore(userPath(path))),
    'project.close': ({ projectId }) => {
      project(projectId).close();
      projects.delete(projectId);
      return null;
    },
    'project.rename': ({ projectId, name }) => {
      const store = project(projectId);
      store.rename(name);
      rememberRecent(store, name);
      return describe(store);
    },
    'project.saveCopy': ({ projectId, path }) => ({ path: project(projectId).saveCopy(withExtension(userPath(path))) }),
    'project.exportJson': ({ projectId, path }) => ({
      path: exportProjectJson(project(projectId), withExtension(userPath(path), '.json'), ctx.appVersion),
    }),
    'project.importJson': ({ source, path }) => {
      const target = withExtension(userPath(path));
      importProjectJson(userPath(source), target);
      return opened(openProjectStore(target));
    },

    'map.list': ({ projectId }) => project(projectId).listMaps(),
    'map.create': ({ projectId, name, mapId, starter, template, language }) =>
      project(projectId).createMap(name, { mapId, starter, template, language: language ?? settings.get().language ?? 'en' }),
    'map.get': ({ projectId, mapId }) => project(projectId).getMap(mapId),
    'map.rename': ({ projectId, mapId, name }) => project(projectId).renameMap(mapId, name),
    'map.duplicate': ({ projectId, mapId, name }) => project(projectId).duplicateMap(mapId, name),
    'map.delete': ({ projectId, mapId }) => {
      project(projectId).deleteMap(mapId);
      return null;
    },
    'map.apply': ({ projectId, mapId, commands }) => project(projectId).applyCommands(mapId, commands),

    'catalog.get': ({ projectId }) => project(projectId).catalog(),
    'catalog.apply': ({ projectId, commands }) => project(projectId).applyCatalog(commands),
    'image.add': ({ projectId, mime, dataBase64 }) => ({ imageId: project(projectId).addImage(mime, dataBase64) }),
    'image.get': ({ projectId, imageId }) => project(projectId).getImage(imageId),
    'table.export': ({ path, ...table }) => exportTable(userPath(path), table),
    'template.list': ({ projectId }) => project(projectId).listTemplates(),
    'template.saveFromMap': ({ projectId, mapId, name }) => project(projectId).saveTemplate(mapId, name),
    'template.delete': ({ projectId, templateId }) => {
      project(projectId).deleteTemplate(templateId);
      return null;
    },
  }, importGates);

  return {
    handlers,
    async dispose() {
      const stopped = Promise.all([importJobs.dispose(), exportJobs.dispose()]);
      // A commit already writing finishes (one still planning fails: its worker was stopped) before the files close.
      if (importGates.anyBusy()) await importGates.allIdle();
      for (const store of projects.values()) {
        try {
          store.close();
        } catch (error) {
          console.error(`Could not close ${store.path} cleanly:`, error);
        }
      }
      projects.clear();
      await stopped;
    },
  };
}
