import path from 'node:path';
import { analyseGaps, splitAccepted } from '../../../src/gaps/analyseGaps';
import { metricFactsOf } from '../../../src/gaps/metricFacts';
import type { ExportOptions } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';
import type { Gap } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import type { Grain } from '../../../src/model/metrics';
import type { ProjectCatalog } from '../../../src/model/catalog';
import { mapMetrics, mapVelocity } from '../import/mapMetrics';
import type { ProjectStore } from '../projectStore';
import type { SettingsStore } from '../settings';

/** The metrics a map is printed with: the options' grain, period (null: the latest) and segment ('' the default view). */
export type MetricsShown = Pick<ExportOptions['content'], 'grain' | 'period' | 'segment'>;

/** The language of the print view's own words: the options', else the app's setting, else English. */
export function exportLanguage(options: ExportOptions, settings: SettingsStore): 'en' | 'zh-CN' {
  const chosen = options.format === 'pdf' ? options.parts.language : options.language;
  return chosen ?? settings.get().language ?? 'en';
}

/**
 * Open gaps exactly as the gap panel computes them (renderer/store/gapStore.ts):
 * metric facts for the period and segment printed, the project's rule settings,
 * accepted gaps left out. The options' segment '' means the app's default view
 * ("all users", else every segment combined), which the readings call null.
 */
export function openGaps(store: ProjectStore, map: JourneyMap, data: PrintData['metrics'], velocity: PrintData['velocity'], shown: MetricsShown, language: string): Gap[] {
  const { grain, period, segment } = shown;
  const facts = metricFactsOf(map, data, { grain, period, segment: segment === '' ? null : segment }, velocity, language);
  const gaps = analyseGaps({ map, facts, settings: store.gaps.settings() });
  return splitAccepted(gaps, map.gapAcceptances).open;
}

/** The images the cards and personas show, as data: URLs; one that is missing from the file is left out (the view draws no image). */
export function imagesOf(store: ProjectStore, map: JourneyMap, catalog: ProjectCatalog): Record<string, string> {
  const ids = new Set<string>();
  for (const card of Object.values(map.cards)) if (card.imageId) ids.add(card.imageId);
  for (const persona of catalog.personas) if (persona.avatarImageId) ids.add(persona.avatarImageId);
  const images: Record<string, string> = {};
  for (const id of ids) {
    try {
      const { mime, dataBase64 } = store.getImage(id);
      images[id] = `data:${mime};base64,${dataBase64}`;
    } catch {
      // A card pointing at a deleted image still prints, as the canvas shows it: without the picture.
    }
  }
  return images;
}

/** The map's metrics at `grain` and its velocity; null for what the map has not imported. */
export function metricsOf(store: ProjectStore, mapId: string, grain: Grain): Pick<PrintData, 'metrics' | 'velocity'> {
  const hasTransitions = store.metrics.hasTransitions(mapId);
  const hasValues = store.metrics.values(mapId).length > 0;
  return {
    metrics: hasValues || hasTransitions ? mapMetrics(store, mapId, grain) : null,
    velocity: hasTransitions ? mapVelocity(store, mapId) : null,
  };
}

/** Everything the print view draws for one map and one set of options (`export.printData`). */
export function gatherPrintData(store: ProjectStore, mapId: string, options: ExportOptions, settings: SettingsStore, now: Date = new Date()): PrintData {
  const map = store.getMap(mapId);
  const catalog = store.catalog();
  const language = exportLanguage(options, settings);
  const { metrics, velocity } = metricsOf(store, mapId, options.content.grain);
  const author = (options.format === 'pdf' ? options.parts.author : undefined) ?? settings.get().authorName;
  return {
    project: { name: store.info().name, fileName: path.basename(store.path) },
    map,
    catalog,
    metrics,
    velocity,
    gaps: openGaps(store, map, metrics, velocity, options.content, language),
    imports: store.metrics.history(mapId),
    images: imagesOf(store, map, catalog),
    author,
    generatedAt: now.toISOString(),
    language,
    options,
  };
}
