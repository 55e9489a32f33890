import { FundProjectionScreenOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { toggleCapture } from '../capture/captureActions';
import { useCaptureStore } from '../capture/captureStore';
import { PRESENT_SHORTCUT, CAPTURE_SHORTCUT } from './shortcuts';
import { startPresentation } from './presentationActions';

/** Editor toolbar buttons to start presentation mode and quick capture. */
export function PresentToolbarButtons({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('present');
  const capturing = useCaptureStore((s) => s.cell !== null);
  const empty = map.stages.length === 0 || map.lanes.length === 0;
  return (
    <>
      <Tooltip title={`${t('capture.button')} (${CAPTURE_SHORTCUT})`}>
        <Button
          type={capturing ? 'primary' : 'text'}
          ghost={capturing}
          icon={<ThunderboltOutlined />}
          aria-label={t('capture.button')}
          aria-pressed={capturing}
          disabled={empty}
          onClick={toggleCapture}
          data-testid="capture-button"
        />
      </Tooltip>
      <Tooltip title={`${t('present.button')} (${PRESENT_SHORTCUT})`}>
        <Button type="text" icon={<FundProjectionScreenOutlined />} aria-label={t('present.button')} disabled={map.stages.length === 0} onClick={startPresentation} />
      </Tooltip>
    </>
  );
}
