import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MapStatus } from '../../../src/model/journey';

/** Colour of each workflow status: grey while drafted, amber while reviewed, green once approved. */
const STATUS_COLORS: Record<MapStatus, string> = { draft: 'default', inReview: 'gold', approved: 'green' };

/** A map's workflow status as a coloured tag. */
export function MapStatusTag({ status }: { status: MapStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} className="map-status" data-status={status} variant="filled">
      {t(`mapStatus.${status}`)}
    </Tag>
  );
}
