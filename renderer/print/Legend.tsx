import { useTranslation } from 'react-i18next';
import type { PdfOptions } from '../../src/export/exportOptions';
import { paperSize } from '../../src/export/pages';
import type { PrintData } from '../../src/export/printData';
import type { Channel } from '../../src/model/catalog';
import { GAP_SEVERITIES } from '../../src/schema/gaps';
import { GAP_SEVERITY_COLORS, SEVERITY_COLORS } from '../canvas/annotationVisuals';
import { LANE_TYPE_VISUALS } from '../canvas/laneTypeVisuals';
import { ChannelIcon, channelDisplayName } from '../panels/catalog/ChannelIcon';
import { keptIds } from './documentLayout';
import { Sheet } from './Sheet';

interface LegendProps {
  data: PrintData;
  options: PdfOptions;
  number: number;
  preview: boolean;
}

const SEVERITIES = [1, 2, 3, 4, 5] as const;

/** What the map's colours and icons mean: lane types, channels, pain severities and (when shown) gap markers. */
export function Legend({ data, options, number, preview }: LegendProps) {
  const { t } = useTranslation('print');
  const lanes = keptIds(data.map.lanes, options.content.laneIds);
  const laneTypes = [...new Set(data.map.lanes.filter((lane) => lanes.has(lane.id)).map((lane) => lane.type))];
  const channels = channelsOnMap(data, lanes);
  return (
    <Sheet size={paperSize(options.page)} marginMm={options.page.marginMm} number={number} preview={preview} testId="print-legend">
      <h2>{t('legend.title')}</h2>
      <div className="print-legend">
        <section>
          <h3>{t('legend.laneTypes')}</h3>
          <ul>
            {laneTypes.map((type) => {
              const { Icon, color } = LANE_TYPE_VISUALS[type];
              return (
                <li key={type}>
                  <span className="print-legend__swatch" style={{ background: color }}>
                    <Icon />
                  </span>
                  {t(`editor:laneTypes.${type}`)}
                </li>
              );
            })}
          </ul>
        </section>
        {channels.length > 0 && (
          <section>
            <h3>{t('legend.channels')}</h3>
            <ul>
              {channels.map((channel) => (
                <li key={channel.id}>
                  <span className="print-legend__icon">
                    <ChannelIcon channel={channel} />
                  </span>
                  {channelDisplayName(channel, data.language)}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h3>{t('legend.painSeverity')}</h3>
          <ul>
            {SEVERITIES.map((severity) => (
              <li key={severity}>
                <span className="print-legend__swatch" style={{ background: SEVERITY_COLORS[severity] }}>
                  {severity}
                </span>
                {t(`pain:severity.${severity}`)}
              </li>
            ))}
          </ul>
        </section>
        {options.content.gapMarkers && (
          <section>
            <h3>{t('legend.gapMarkers')}</h3>
            <p className="print-legend__note">{t('legend.gapMarkersMeaning')}</p>
            <ul>
              {GAP_SEVERITIES.map((severity) => (
                <li key={severity}>
                  <span className="print-legend__outline" style={{ borderColor: GAP_SEVERITY_COLORS[severity] }} />
                  {t('legend.gapSeverity', { severity: t(`gaps:severity.${severity}`) })}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Sheet>
  );
}

/** The catalog's channels that cards of the shown lanes use, in the catalog's order. */
function channelsOnMap(data: PrintData, lanes: Set<string>): Channel[] {
  const used = new Set(
    Object.values(data.map.cards)
      .filter((card) => lanes.has(card.laneId) && card.channelId !== undefined)
      .map((card) => card.channelId),
  );
  return data.catalog.channels.filter((channel) => used.has(channel.id));
}
