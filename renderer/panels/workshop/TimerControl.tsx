import { FieldTimeOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Popover, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TIMER_MS, MINUTE_MS, TIMER_PRESETS } from '../../../src/workshop/timer';
import { useTimerStore } from './timerStore';

function TimerForm({ onStarted }: { onStarted(): void }) {
  const { t } = useTranslation('workshop');
  const [minutes, setMinutes] = useState<number | null>(5);
  const start = (value: number) => {
    useTimerStore.getState().start(value);
    onStarted();
  };
  return (
    <Space orientation="vertical" size={10} style={{ width: 250 }}>
      <Typography.Text type="secondary">{t('timer.presets')}</Typography.Text>
      <Flex gap={6} wrap>
        {TIMER_PRESETS.map((preset) => (
          <Button key={preset} onClick={() => start(preset)} aria-label={t('timer.startMinutes', { count: preset })}>
            {t('timer.minutesShort', { count: preset })}
          </Button>
        ))}
      </Flex>
      <label htmlFor="timer-minutes">
        <Typography.Text type="secondary">{t('timer.custom')}</Typography.Text>
      </label>
      <Space.Compact style={{ width: '100%' }}>
        <InputNumber
          id="timer-minutes"
          min={0.5}
          max={MAX_TIMER_MS / MINUTE_MS}
          step={1}
          value={minutes}
          onChange={setMinutes}
          onPressEnter={() => minutes && start(minutes)}
          suffix={t('timer.min')}
          style={{ flex: 1 }}
        />
        <Button type="primary" disabled={!minutes} onClick={() => minutes && start(minutes)}>
          {t('timer.start')}
        </Button>
      </Space.Compact>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('timer.help')}
      </Typography.Text>
    </Space>
  );
}

/** Toolbar button: set minutes (presets or any number) and start the room's countdown. */
export function TimerControl() {
  const { t } = useTranslation('workshop');
  const [open, setOpen] = useState(false);
  const active = useTimerStore((s) => s.timer !== null);
  return (
    <Popover content={<TimerForm onStarted={() => setOpen(false)} />} title={t('timer.title')} trigger="click" placement="bottom" open={open} onOpenChange={setOpen}>
      <Tooltip title={open ? null : t('timer.button')}>
        <Button type={active ? 'primary' : 'text'} ghost={active} icon={<FieldTimeOutlined />} aria-label={t('timer.button')} />
      </Tooltip>
    </Popover>
  );
}
