import { CloseOutlined, EyeInvisibleOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, ConfigProvider, Popover, Space, Tooltip, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { presentationStep, stepIndex, type Step } from '../../../src/views/stepping';
import { stopPresentation } from './presentationActions';
import { usePresentationStore } from './presentationStore';

const step = (count: number, to: Step) => {
  const { stageIndex, goTo } = usePresentationStore.getState();
  goTo(stepIndex(stageIndex, count, to));
};

// Space and Enter on a focused button or checkbox of the chrome press that control, not the slide.
const ownsKey = (e: KeyboardEvent): boolean =>
  (e.key === ' ' || e.key === 'Enter') && e.target instanceof Element && e.target.closest('.jc-present-chrome, .ant-popover') !== null;

/**
 * Keys while presenting, taken before the editor's own shortcuts: arrows,
 * Space and Page keys step, Home/End jump, Escape leaves. Leaving full screen
 * by the browser's own means (its Escape) leaves presentation mode too.
 */
function usePresentationKeys(stageCount: number) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        stopPresentation();
        return;
      }
      const to = presentationStep(e.key);
      if (!to || ownsKey(e)) return;
      e.preventDefault();
      e.stopPropagation();
      step(stageCount, to);
    };
    const onFullScreenChange = () => {
      if (!document.fullscreenElement && usePresentationStore.getState().fullScreen) stopPresentation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('fullscreenchange', onFullScreenChange);
    };
  }, [stageCount]);
}

function LanesMenu({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('present');
  const hidden = usePresentationStore((s) => s.hiddenLaneIds);
  const shown = map.lanes.filter((lane) => !hidden.includes(lane.id)).map((lane) => lane.id);
  const content = (
    <Checkbox.Group
      className="jc-present-lanes"
      value={shown}
      options={map.lanes.map((lane) => ({ value: lane.id, label: lane.name }))}
      onChange={(values) => usePresentationStore.getState().setHiddenLaneIds(map.lanes.filter((lane) => !values.includes(lane.id)).map((lane) => lane.id))}
    />
  );
  return (
    <Popover content={content} title={t('present.lanesTitle')} trigger="click" placement="top">
      <Badge count={hidden.length} size="small" offset={[-4, 4]}>
        <Button type="text" className="jc-present-chrome__button" icon={<EyeInvisibleOutlined />} aria-label={t('present.lanes')}>
          {t('present.lanes')}
        </Button>
      </Badge>
    </Popover>
  );
}

/** The controls shown while presenting (stage n of m, previous / next, lanes to hide, exit). */
export function PresentationChrome({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('present');
  const stageIndex = usePresentationStore((s) => s.stageIndex);
  const count = map.stages.length;
  usePresentationKeys(count);
  const stage = map.stages[Math.min(stageIndex, count - 1)];
  const chrome = useRef<HTMLDivElement>(null);

  // Keeps the index in range when the map loses stages while presenting.
  useEffect(() => {
    if (count > 0 && stageIndex > count - 1) usePresentationStore.getState().goTo(count - 1);
  }, [count, stageIndex]);

  return (
    <div className="jc-present-chrome" role="toolbar" aria-label={t('present.chrome')} data-testid="presentation-chrome" ref={chrome}>
      {/* Popups open inside the chrome: in full screen only the editor element is on screen. */}
      <ConfigProvider getPopupContainer={() => chrome.current ?? document.body}>
        <Space size={4}>
          <Tooltip title={t('present.previous')}>
            <Button type="text" className="jc-present-chrome__button" icon={<LeftOutlined />} aria-label={t('present.previous')} disabled={stageIndex <= 0} onClick={() => step(count, 'previous')} />
          </Tooltip>
          <Typography.Text className="jc-present-chrome__position" data-testid="presentation-position" aria-live="polite">
            {t('present.position', { n: stageIndex + 1, total: count })}
            {stage ? <span className="jc-present-chrome__stage"> · {stage.name}</span> : null}
          </Typography.Text>
          <Tooltip title={t('present.next')}>
            <Button type="text" className="jc-present-chrome__button" icon={<RightOutlined />} aria-label={t('present.next')} disabled={stageIndex >= count - 1} onClick={() => step(count, 'next')} />
          </Tooltip>
          <LanesMenu map={map} />
          <Tooltip title={t('present.exitHint')}>
            <Button type="text" className="jc-present-chrome__button" icon={<CloseOutlined />} aria-label={t('present.exit')} onClick={stopPresentation}>
              {t('present.exit')}
            </Button>
          </Tooltip>
        </Space>
      </ConfigProvider>
    </div>
  );
}
