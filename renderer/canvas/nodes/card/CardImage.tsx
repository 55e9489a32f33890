import { PictureOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useImageUrl } from '../../../panels/inspector/fields/useImageUrl';
import { useDocumentStore } from '../../../store/documentStore';

/** The picture of an image card; a placeholder while it loads, when it cannot be read, or when the card has none. */
export function CardImage({ imageId, caption }: { imageId: string | undefined; caption: string }) {
  const { t } = useTranslation('editor');
  const projectId = useDocumentStore((s) => s.projectId);
  const url = useImageUrl(projectId, imageId);
  return (
    <div className="jc-card__image" data-testid="card-image">
      {url ? (
        <img src={url} alt={caption} draggable={false} />
      ) : (
        <span className="jc-card__image-empty">
          <PictureOutlined />
          {imageId ? null : <span>{t('card.noImage')}</span>}
        </span>
      )}
    </div>
  );
}
