import './workshop.css';
import { CaretRightOutlined, CloseOutlined, PauseOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, remainingMs, timerPhase, type TimerState } from '../../../src/workshop/timer';
import { useTimerStore } from './timerStore';

/** A short double beep; silently nothing where audio is unavailable or blocked. */
function beep(): void {
  try {
    const AudioCtx = window.AudioContext;
    if (!AudioCtx) return;
    const audio = new AudioCtx();
    const gain = audio.createGain();
    gain.gain.value = 0.08;
    gain.connect(audio.destination);
    [0, 0.3].forEach((at) => {
      const osc = audio.createOscillator();
      osc.frequency.value = 880;
      osc.connect(gain);
      osc.start(audio.currentTime + at);
      osc.stop(audio.currentTime + at + 0.18);
    });
    window.setTimeout(() => void audio.close().catch(() => undefined), 1000);
  } catch {
    // A timer without sound still shows red and flashes.
  }
}

function TimerDisplay({ timer }: { timer: TimerState }) {
  const { t } = useTranslation('workshop');
  const [now, setNow] = useState(() => Date.now());
  const running = timer.status === 'running';
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    const first = window.setTimeout(tick, 0);
    const every = window.setInterval(tick, 250);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(every);
    };
  }, [running, timer]);
  const left = remainingMs(timer, running ? now : 0);
  const phase = timerPhase(timer, running ? now : 0);
  const beeped = useRef(false);
  useEffect(() => {
    if (phase === 'done' && running && !beeped.current) {
      beeped.current = true;
      beep();
    }
    if (phase !== 'done') beeped.current = false;
  }, [phase, running]);
  const store = useTimerStore.getState;
  const clock = formatClock(left);
  return (
    <div className={`jc-timer jc-timer--${phase}`} data-testid="workshop-timer" data-phase={phase} data-status={timer.status} role="timer" aria-label={t('timer.label', { time: clock })}>
      <div className="jc-timer__clock" data-testid="timer-clock">
        {clock}
      </div>
      <div className="jc-timer__controls">
        {running ? (
          <Tooltip placement="bottom" title={t('timer.pause')}>
            <Button size="small" type="text" icon={<PauseOutlined />} aria-label={t('timer.pause')} onClick={() => store().pause()} disabled={left === 0} />
          </Tooltip>
        ) : (
          <Tooltip placement="bottom" title={t('timer.resume')}>
            <Button size="small" type="text" icon={<CaretRightOutlined />} aria-label={t('timer.resume')} onClick={() => store().resume()} disabled={left === 0} />
          </Tooltip>
        )}
        <Tooltip placement="bottom" title={t('timer.addMinute')}>
          <Button size="small" type="text" icon={<PlusOutlined />} aria-label={t('timer.addMinute')} onClick={() => store().addMinute()}>
            1
          </Button>
        </Tooltip>
        <Tooltip placement="bottom" title={t('timer.reset')}>
          <Button size="small" type="text" icon={<UndoOutlined />} aria-label={t('timer.reset')} onClick={() => store().reset()} />
        </Tooltip>
        <Tooltip placement="bottom" title={t('timer.dismiss')}>
          <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('timer.dismiss')} onClick={() => store().dismiss()} />
        </Tooltip>
      </div>
    </div>
  );
}

/** Things shown over the canvas for the room (the workshop timer); visible in presentation mode too. */
export function WorkshopOverlay() {
  const timer = useTimerStore((s) => s.timer);
  return timer ? <TimerDisplay timer={timer} /> : null;
}
