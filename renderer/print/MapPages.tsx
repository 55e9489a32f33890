import { useTranslation } from 'react-i18next';
import type { PdfOptions } from '../../src/export/exportOptions';
import { MM_PER_PX } from '../../src/export/pages';
import type { PrintData } from '../../src/export/printData';
import type { DocumentLayout } from './documentLayout';
import { MapSvg } from './map/MapSvg';
import { mm } from './pageCss';
import { Sheet } from './Sheet';
import { TileMarks } from './TileMarks';

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
          footer={tiling && options.layout.pageLabels ? t('tile.label', { map: data.map.name, row: tile.row, col: tile.col, page: index + 1, pages: count }) : undefined}
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
