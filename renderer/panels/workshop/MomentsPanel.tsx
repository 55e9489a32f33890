import { Empty, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { momentGroups } from '../../../src/workshop/moments';
import { MOMENT_VISUALS } from '../../canvas/annotationVisuals';
import { focusTarget } from './focusTarget';

/** Every stage and card marked as a moment of truth, aha or wow moment, grouped by kind and ordered by stage; a click focuses it. */
export function MomentsPanel({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('workshop');
  const groups = useMemo(() => momentGroups(map), [map]);
  if (groups.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('moments.empty')} />;
  return (
    <>
      {groups.map(({ moment, entries }) => {
        const { Icon, color } = MOMENT_VISUALS[moment];
        return (
          <section key={moment} className="jc-moment-group" data-testid="moment-group" data-moment={moment} aria-label={t(`moments.kind.${moment}`)}>
            <Flex gap={6} align="center" className="jc-moment-group__title">
              <span style={{ color }} aria-hidden>
                <Icon />
              </span>
              <Typography.Text strong>{t(`moments.kind.${moment}`)}</Typography.Text>
              <Typography.Text type="secondary">{entries.length}</Typography.Text>
            </Flex>
            <ul className="jc-thread-list">
              {entries.map((entry) => (
                <li key={`${entry.kind}:${entry.id}`}>
                  <button
                    type="button"
                    className="jc-thread-row"
                    style={{ borderLeftColor: color }}
                    data-testid="moment-entry"
                    onClick={() => focusTarget({ kind: entry.kind, id: entry.id })}
                  >
                    <Typography.Text strong ellipsis>
                      {entry.name.trim() === '' ? t('target.untitled') : entry.name}
                    </Typography.Text>
                    <Typography.Text type="secondary" className="jc-thread-row__meta">
                      {entry.kind === 'stage' ? t('moments.wholeStage') : t('moments.inStage', { stage: entry.stageName, lane: entry.laneName })}
                    </Typography.Text>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
