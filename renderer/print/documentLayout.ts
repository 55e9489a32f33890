import type { PdfOptions } from '../../src/export/exportOptions';
import { planMapPages, type MapPagePlan } from '../../src/export/pages';
import type { PrintData } from '../../src/export/printData';
import type { Persona } from '../../src/model/catalog';
import { buildMapView, type MapView, type TextMeasure } from './map/mapView';

/** What the document draws the map with: the laid-out map and the pages it goes on. */
export interface DocumentLayout {
  view: MapView;
  plan: MapPagePlan;
}

/** The options of a PDF export, or null when the print view draws an image (PNG, SVG). */
export const pdfOptionsOf = (data: PrintData): PdfOptions | null => (data.options.format === 'pdf' ? data.options : null);

/** Lays the map out and plans its pages; throws a PageLayoutError naming the option that cannot work. */
export function layoutDocument(data: PrintData, options: PdfOptions, measure: TextMeasure): DocumentLayout {
  const view = buildMapView(data, options.content, measure);
  return { view, plan: planMapPages(view.width, view.height, options.page, options.layout) };
}

/** The personas the export is for: the ones chosen, else the map's own, in the catalog's order. */
export function chosenPersonas(data: PrintData): Persona[] {
  const ids = data.options.content.personaIds ?? data.map.personaIds ?? [];
  return data.catalog.personas.filter((persona) => ids.includes(persona.id));
}

/** Ids of a list the options keep (null: all of them), in the map's order. */
export const keptIds = <T extends { id: string }>(all: readonly T[], chosen: readonly string[] | null): Set<string> =>
  new Set(all.filter((item) => chosen === null || chosen.includes(item.id)).map((item) => item.id));
