import { z } from 'zod';
import { api } from '../api/client';
import { useAppStore } from '../store/appStore';
import { useCatalogStore } from '../store/catalogStore';
import { useDocumentStore } from '../store/documentStore';

/**
 * A page (browser tab or Electron window) owns the project it opened. When the
 * page goes away the project is closed in main, so the file is not left locked;
 * after a reload the page reopens the same project and map from sessionStorage.
 */

const SESSION_KEY = 'journeyStudio.session';

// `trail` arrived with sub-journeys; sessions written before it still restore, without one.
const PageSessionSchema = z.object({
  path: z.string(),
  projectId: z.string(),
  mapId: z.string().nullable(),
  trail: z.array(z.string()).default([]),
});
type PageSession = z.infer<typeof PageSessionSchema>;

const readSession = (): PageSession | null => {
  try {
    const parsed = PageSessionSchema.safeParse(JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** Keeps sessionStorage in step with the open project and map; returns the unsubscribe function. */
export function rememberPageSession(): () => void {
  return useAppStore.subscribe((state) => {
    if (!state.project) sessionStorage.removeItem(SESSION_KEY);
    else {
      const session: PageSession = { path: state.project.path, projectId: state.project.projectId, mapId: state.mapId, trail: [...state.trail] };
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    }
  });
}

/** Closes the page's project when the page is unloaded, and warns before leaving with edits not yet saved. */
export function releaseProjectOnUnload(): () => void {
  const onPageHide = () => {
    const project = useAppStore.getState().project;
    if (project) api.sendOnUnload('project.close', { projectId: project.projectId });
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (useDocumentStore.getState().pendingSaves > 0 || useCatalogStore.getState().pendingSaves > 0) event.preventDefault();
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

/**
 * Reopens the project (and map) this page showed before a reload. The close sent
 * on unload may arrive after this open; a file still held by our own old handle
 * is then closed and opened again. Anything else leaves the user on the home screen.
 */
export async function restorePageSession(): Promise<void> {
  const session = readSession();
  if (!session) return;
  let opened = await api.call('project.open', { path: session.path });
  if (!opened.ok && opened.error.code === 'ALREADY_OPEN' && opened.error.params?.projectId === session.projectId) {
    await api.call('project.close', { projectId: session.projectId });
    opened = await api.call('project.open', { path: session.path });
  }
  if (!opened.ok) {
    sessionStorage.removeItem(SESSION_KEY);
    return;
  }
  const project = opened.value;
  useAppStore.getState().projectOpened(project);
  const exists = new Set(project.maps.map((map) => map.id));
  if (session.mapId && exists.has(session.mapId)) {
    useAppStore.getState().mapOpened(
      session.mapId,
      session.trail.filter((id) => exists.has(id)),
    );
  }
}
