import { useTranslation } from 'react-i18next';
import type { PdfOptions } from '../../src/export/exportOptions';
import { MM_PER_PX } from '../../src/export/pages';
import type { PrintData } from '../../src/export/printData';
import type { DocumentLayout } from './documentLayout';
import { MapSvg } from './map/MapSvg';
import { mm } from './pageCss';
import { Sheet } from './Sheet';
import { TileMarks } from './TileMarks';

/** Below this the bottom margin cannot hold a line of 7 pt text. */
const MIN_CAPTION_MARGIN_MM = 5;

interface MapPagesProps {
  data: PrintData;
  options: PdfOptions;
  layout: DocumentLayout;
  /** Number of the first map page in the document. */
  firstNumber: number;
  preview: boolean;
}

/** The map's pages: one fitted page, one poster page, or the tiles row by row. */
export function MapPages({ data, options, layout, firstNumber, preview }: MapPagesProps) {
  const { t } = useTranslation('print');
  const { plan, view } = layout;
  const tiling = plan.mode === 'tiles';
  const count = plan.tiles.length;
  /** Who the page belongs to, in the bottom margin of a fitted or poster page (when the margin has room for a line). */
  const caption = plan.marginMm >= MIN_CAPTION_MARGIN_MM ? t('mapFooter', { project: data.project.name, map: data.map.name }) : undefined;
  const footer = (tile: (typeof plan.tiles)[number], index: number): string | undefined => {
    if (!tiling) return caption;
    return options.layout.pageLabels ? t('tile.label', { map: data.map.name, row: tile.row, col: tile.col, page: index + 1, pages: count }) : undefined;
  };
  return (
    <>
      {plan.tiles.map((tile, index) => (
        <Sheet
          key={`${tile.row}-${tile.col}`}
          size={plan.page}
          marginMm={plan.marginMm}
          poster={plan.mode === 'poster'}
          number={firstNumber + index}
          preview={preview}
          testId="print-map-page"
          centred={plan.mode === 'fit'}
          footer={footer(tile, index)}
          overlay={
            tiling ? (
              <TileMarks page={plan.page} marginMm={plan.marginMm} tile={tile} plan={plan} overlapMm={options.layout.overlapMm} cropMarks={options.layout.cropMarks} />
            ) : undefined
          }
        >
          <MapSvg data={data} view={view} clip={tile} width={mm(tile.width * MM_PER_PX * plan.scale)} height={mm(tile.height * MM_PER_PX * plan.scale)} />
        </Sheet>
      ))}
    </>
  );
}
