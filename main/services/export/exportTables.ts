import type { DataTable } from '../../../src/export/printData';
import { gapTable, metricTable, painPointTable, type DataTableContent, type TableLanguage } from '../../../src/export/dataTables';
import type { Grain } from '../../../src/model/metrics';
import type { ProjectStore } from '../projectStore';
import { metricsOf, openGaps } from './printData';

/**
 * A map's pain points, open gaps or metric values as a table (`export.table`,
 * the command line). Gaps and metrics use `grain` with the latest period and
 * the default segment, as the map shows them when opened.
 */
export function dataTableOf(store: ProjectStore, mapId: string, table: DataTable, grain: Grain, language: TableLanguage): DataTableContent {
  const map = store.getMap(mapId);
  const catalog = store.catalog();
  if (table === 'painPoints') return painPointTable(map, catalog, language);
  const { metrics, velocity } = metricsOf(store, mapId, grain);
  if (table === 'gaps') return gapTable(map, openGaps(store, map, metrics, velocity, { grain, period: null, segment: '' }, language), language, catalog);
  if (!metrics) return metricTable({ map, catalog, grain, metrics: { definitions: [], series: [], segments: [], periods: [], hasTransitions: false }, values: [], imports: [] }, language);
  return metricTable({ map, catalog, grain, metrics, values: store.metrics.values(mapId), imports: store.metrics.history(mapId) }, language);
}
