import { useEffect, useMemo } from 'react';
import type { PrintData } from '../../src/export/printData';
import { buildMapView } from './map/mapView';
import { MapSvg } from './map/MapSvg';
import { canvasMeasure } from './map/canvasMeasure';

interface ImageExportProps {
  data: PrintData;
  /** Called once the map is in the page. */
  onDrawn(): void;
}

/**
 * A PNG or SVG export: only the map, at its natural size in CSS pixels, as
 * #export-map (main screenshots that element at the chosen scale, or reads its
 * standalone SVG text), on a white or transparent page.
 */
export function ImageExport({ data, onDrawn }: ImageExportProps) {
  const background = data.options.format === 'pdf' ? 'white' : data.options.background;
  const view = useMemo(() => buildMapView(data, data.options.content, canvasMeasure()), [data]);
  useEffect(() => {
    document.documentElement.classList.add('print-image');
    document.documentElement.classList.toggle('print-image--white', background === 'white');
    onDrawn();
  }, [background, onDrawn]);
  return <MapSvg id="export-map" data={data} view={view} />;
}
