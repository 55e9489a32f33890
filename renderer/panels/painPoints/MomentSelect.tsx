import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { MOMENTS } from '../../../src/schema/annotations';
import type { Moment } from '../../../src/model/annotations';
import { MOMENT_VISUALS } from '../../canvas/annotationVisuals';

/** Picks a moment of truth, aha or wow moment (cleared: none), each with its canvas badge icon. */
export function MomentSelect({ id, value, onChange }: { id: string; value: Moment | undefined; onChange(next: Moment | null): void }) {
  const { t } = useTranslation('pain');
  const options = MOMENTS.map((moment) => {
    const { Icon, color } = MOMENT_VISUALS[moment];
    return {
      value: moment,
      title: t(`moment.${moment}`),
      label: (
        <Space size={6}>
          <span style={{ color }}>
            <Icon />
          </span>
          {t(`moment.${moment}`)}
        </Space>
      ),
    };
  });
  return (
    <Select
      id={id}
      allowClear
      placeholder={t('placeholders.noMoment')}
      value={value ?? null}
      options={options}
      onChange={(next: Moment | undefined) => onChange(next ?? null)}
    />
  );
}
