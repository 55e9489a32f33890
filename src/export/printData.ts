import type { ImportRecord, MapMetrics } from '../api/importTypes';
import type { ProjectCatalog } from '../model/catalog';
import type { Gap } from '../model/gaps';
import type { JourneyMap } from '../model/journey';
import type { VelocityReport } from '../model/metrics';
import type { ExportOptions } from './exportOptions';

/**
 * Everything the print view draws, gathered by main in one call
 * (`export.printData`), so the view needs no other request and renders the
 * same in the app's preview, in Electron's print window, in the browser
 * host's headless Chromium and on the command line.
 */
export interface PrintData {
  project: { name: string; fileName: string };
  /** The map as stored (the print view applies the options' lane, stage and persona choices). */
  map: JourneyMap;
  catalog: ProjectCatalog;
  /** Metrics at the options' grain, or null when the map has none. */
  metrics: MapMetrics | null;
  velocity: VelocityReport | null;
  /** Open gaps (accepted ones left out), in severity order, from the project's gap settings. */
  gaps: Gap[];
  /** The map's imports, newest first: the sources of its metric values. */
  imports: ImportRecord[];
  /** Images the map's cards show, as data: URLs by image id. */
  images: Record<string, string>;
  /** The settings' author name unless the options name one. */
  author: string;
  /** When the data was gathered (ISO 8601); the title page's date unless the options give one. */
  generatedAt: string;
  /** The language of the print view's own words. */
  language: 'en' | 'zh-CN';
  options: ExportOptions;
}

/** How far an export job is. */
export interface ExportJobState {
  jobId: string;
  phase: 'starting' | 'rendering' | 'writing' | 'done' | 'failed' | 'cancelled';
  /** 0..1, for the progress bar. */
  progress: number;
  /** What is happening, for the progress dialog (e.g. "Rendering 12 pages"). */
  detail: string;
  /** When done: the file written, its size and (PDF) page count. */
  path?: string;
  bytes?: number;
  pages?: number;
  /** When failed: what went wrong, naming the file or field. */
  error?: { code: string; message: string };
}

/** Tables that can be exported as CSV or XLSX by main (the app's panels and the command line). */
export const DATA_TABLES = ['painPoints', 'gaps', 'metrics'] as const;
export type DataTable = (typeof DATA_TABLES)[number];
