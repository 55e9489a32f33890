import { ApartmentOutlined, LinkOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../../../src/model/journey';
import { currentLanguage } from '../../../i18n';
import { ChannelIcon, channelDisplayName } from '../../../panels/catalog/ChannelIcon';
import { useCatalogStore } from '../../../store/catalogStore';
import { useEditorServices } from '../../editorContext';
import { externalUrl } from './externalUrl';

// A click on a card's button is not a click on the card: it neither selects nor starts a drag.
const keepFromCard = (e: MouseEvent) => e.stopPropagation();

function ChannelChip({ channelId }: { channelId: string }) {
  const { t } = useTranslation('editor');
  const channel = useCatalogStore((s) => s.catalog?.channels.find((c) => c.id === channelId));
  if (!channel) {
    return (
      <span className="jc-card__channel jc-card__channel--missing" data-testid="card-channel">
        {t('card.channelMissing')}
      </span>
    );
  }
  const name = channelDisplayName(channel, currentLanguage());
  return (
    <span className="jc-card__channel" data-testid="card-channel" title={name}>
      <ChannelIcon channel={channel} size={14} />
      <span className="jc-card__channel-name">{name}</span>
    </span>
  );
}

/** The row under a card's text: its channel, a link to open, a sub-journey to go to. */
export function CardMeta({ card }: { card: Pick<Card, 'channelId' | 'url' | 'linkedMapId'> }) {
  const { t } = useTranslation('editor');
  const { openMap } = useEditorServices();
  const url = card.url ? externalUrl(card.url) : null;
  const linked = card.linkedMapId;
  return (
    <div className="jc-card__meta">
      {card.channelId ? <ChannelChip channelId={card.channelId} /> : <span className="jc-card__meta-fill" />}
      {url ? (
        <Tooltip title={t('card.openLink', { url })}>
          <button
            type="button"
            className="jc-card__action nodrag nopan"
            data-testid="card-link"
            aria-label={t('card.openLink', { url })}
            onMouseDown={keepFromCard}
            onDoubleClick={keepFromCard}
            onClick={(e) => {
              e.stopPropagation();
              // Electron's window-open handler turns this into the system browser; the browser host opens a tab.
              window.open(url, '_blank', 'noopener');
            }}
          >
            <LinkOutlined />
          </button>
        </Tooltip>
      ) : null}
      {linked ? (
        <Tooltip title={t('card.openSubJourney')}>
          <button
            type="button"
            className="jc-card__action nodrag nopan"
            data-testid="card-subjourney"
            aria-label={t('card.openSubJourney')}
            disabled={!openMap}
            onMouseDown={keepFromCard}
            onDoubleClick={keepFromCard}
            onClick={(e) => {
              e.stopPropagation();
              openMap?.(linked);
            }}
          >
            <ApartmentOutlined />
          </button>
        </Tooltip>
      ) : null}
    </div>
  );
}
