import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Image, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { describeError, toDescribableError } from '../../../i18n/describeError';
import { IMAGE_ACCEPT, imageFileProblem, readBase64, type ImageMime } from './imageFile';
import { useImageUrl } from './useImageUrl';

interface Props {
  projectId: string;
  imageId: string | null | undefined;
  onChange(imageId: string | null): void;
  id?: string;
  /** Preview width in pixels. */
  width?: number;
}

/** Uploads a PNG, JPEG, WebP or GIF into the project file and previews the current image. */
export function ImageField({ projectId, imageId, onChange, id, width = 200 }: Props) {
  const { t } = useTranslation('panels');
  const { message } = App.useApp();
  const url = useImageUrl(projectId, imageId);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    const problem = imageFileProblem(file);
    if (problem) {
      void message.error(t(`image.${problem}`, { name: file.name }));
      return;
    }
    setBusy(true);
    try {
      // imageFileProblem checked that the type is one of the accepted ones.
      const { imageId: added } = await api.invoke('image.add', { projectId, mime: file.type as ImageMime, dataBase64: await readBase64(file) });
      onChange(added);
    } catch (error) {
      void message.error(`${t('image.failed')} ${describeError(t, toDescribableError(error))}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {url && <Image src={url} width={width} alt={t('image.preview')} className="jc-inspector__image" />}
      <Space size={4}>
        <Upload
          accept={IMAGE_ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button id={id} icon={<UploadOutlined />} loading={busy}>
            {imageId ? t('image.replace') : t('image.upload')}
          </Button>
        </Upload>
        {imageId && (
          <Button icon={<DeleteOutlined />} onClick={() => onChange(null)} aria-label={t('image.remove')}>
            {t('image.remove')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
