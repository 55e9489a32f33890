import { useImageUrl } from '../../../panels/inspector/fields/useImageUrl';
import { useDocumentStore } from '../../../store/documentStore';
import { ICONS, StaticIcon } from './StaticIcon';

/** The picture of an image card; a placeholder while it loads, when it cannot be read, or when the card has none (`noImage` says so). */
export function CardImage({ imageId, caption, noImage }: { imageId: string | undefined; caption: string; noImage: string }) {
  const projectId = useDocumentStore((s) => s.projectId);
  const url = useImageUrl(projectId, imageId);
  return (
    <div className="jc-card__image" data-testid="card-image">
      {url ? (
        <img src={url} alt={caption} draggable={false} />
      ) : (
        <span className="jc-card__image-empty">
          <StaticIcon glyph={ICONS.picture} />
          {imageId ? null : <span>{noImage}</span>}
        </span>
      )}
    </div>
  );
}
