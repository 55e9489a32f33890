import type { MouseEvent } from 'react';
import type { Card } from '../../../../src/model/journey';
import { ChannelIcon, channelDisplayName } from '../../../panels/catalog/ChannelIcon';
import { useCatalogStore } from '../../../store/catalogStore';
import type { CardTexts } from '../../../store/derived/cardTexts';
import { useEditorServices } from '../../editorContext';
import { externalUrl } from './externalUrl';
import { ICONS, StaticIcon } from './StaticIcon';

// A click on a card's button is not a click on the card: it neither selects nor starts a drag.
const keepFromCard = (e: MouseEvent) => e.stopPropagation();

function ChannelChip({ channelId, texts }: { channelId: string; texts: CardTexts }) {
  const channel = useCatalogStore((s) => s.catalog?.channels.find((c) => c.id === channelId));
  if (!channel) {
    return (
      <span className="jc-card__channel jc-card__channel--missing" data-testid="card-channel">
        {texts.editor('card.channelMissing')}
      </span>
    );
  }
  const name = channelDisplayName(channel, texts.language);
  return (
    <span className="jc-card__channel" data-testid="card-channel" title={name}>
      <ChannelIcon channel={channel} size={14} />
      <span className="jc-card__channel-name">{name}</span>
    </span>
  );
}

/** The row under a card's text: its channel, a link to open, a sub-journey to go to. */
export function CardMeta({ card, texts }: { card: Pick<Card, 'channelId' | 'url' | 'linkedMapId'>; texts: CardTexts }) {
  const t = texts.editor;
  const { openMap } = useEditorServices();
  const url = card.url ? externalUrl(card.url) : null;
  const linked = card.linkedMapId;
  const openLink = url ? t('card.openLink', { url }) : '';
  return (
    <div className="jc-card__meta">
      {card.channelId ? <ChannelChip channelId={card.channelId} texts={texts} /> : <span className="jc-card__meta-fill" />}
      {url ? (
        <button
          type="button"
          className="jc-card__action nodrag nopan"
          data-testid="card-link"
          aria-label={openLink}
          title={openLink}
          onMouseDown={keepFromCard}
          onDoubleClick={keepFromCard}
          onClick={(e) => {
            e.stopPropagation();
            // Electron's window-open handler turns this into the system browser; the browser host opens a tab.
            window.open(url, '_blank', 'noopener');
          }}
        >
          <StaticIcon glyph={ICONS.link} />
        </button>
      ) : null}
      {linked ? (
        <button
          type="button"
          className="jc-card__action nodrag nopan"
          data-testid="card-subjourney"
          aria-label={t('card.openSubJourney')}
          title={t('card.openSubJourney')}
          disabled={!openMap}
          onMouseDown={keepFromCard}
          onDoubleClick={keepFromCard}
          onClick={(e) => {
            e.stopPropagation();
            openMap?.(linked);
          }}
        >
          <StaticIcon glyph={ICONS.apartment} />
        </button>
      ) : null}
    </div>
  );
}
