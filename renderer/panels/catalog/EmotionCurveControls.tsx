import { HeartOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Select, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogStore } from '../../store/catalogStore';
import { useViewStore } from '../../store/viewStore';

// Select cannot hold null as a value; this stands for "the curve without a persona".
const NO_PERSONA = '';

function EmotionCurveForm() {
  const { t } = useTranslation('panels');
  const personas = useCatalogStore((s) => s.catalog?.personas) ?? [];
  const personaId = useViewStore((s) => s.emotionPersonaId);
  const showAsIs = useViewStore((s) => s.showAsIs);
  const showToBe = useViewStore((s) => s.showToBe);
  const view = useViewStore.getState;
  return (
    <Space orientation="vertical" size={10} style={{ width: 260 }}>
      <label htmlFor="emotion-persona">
        <Typography.Text type="secondary">{t('emotion.persona')}</Typography.Text>
      </label>
      <Select
        id="emotion-persona"
        style={{ width: '100%' }}
        value={personaId ?? NO_PERSONA}
        options={[{ value: NO_PERSONA, label: t('emotion.noPersona') }, ...personas.map((p) => ({ value: p.id, label: p.name }))]}
        onChange={(id: string) => view().setEmotionPersona(id === NO_PERSONA ? null : id)}
      />
      <Checkbox checked={showAsIs} onChange={(e) => view().setShowAsIs(e.target.checked)}>
        {t('emotion.showAsIs')}
      </Checkbox>
      <Checkbox checked={showToBe} onChange={(e) => view().setShowToBe(e.target.checked)}>
        {t('emotion.showToBe')}
      </Checkbox>
    </Space>
  );
}

/** Toolbar button choosing whose emotion curve is drawn and edited, and which variants show. */
export function EmotionCurveControls() {
  const { t } = useTranslation('panels');
  return (
    <Popover content={<EmotionCurveForm />} title={t('emotion.title')} trigger="click" placement="bottom">
      {/* Icon only: the toolbar is crowded; the tooltip and the accessible name say what it is. */}
      <Tooltip title={t('emotion.button')}>
        <Button type="text" icon={<HeartOutlined />} aria-label={t('emotion.button')} />
      </Tooltip>
    </Popover>
  );
}
