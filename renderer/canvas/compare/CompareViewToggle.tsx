import { InsertRowAboveOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/viewStore';

/** Switches the compare view on or off (the toolbar button and Shift+V). */
export const toggleCompareView = (): void => {
  const view = useViewStore.getState();
  view.setCompareView(!view.compareView);
};

/** The toolbar switch for the compare view (customer lanes above, internal below, crossings highlighted). */
export function CompareViewToggle() {
  const { t } = useTranslation('editor');
  const on = useViewStore((s) => s.compareView);
  const label = t('compareView.toggle');
  return (
    <Tooltip title={`${t('compareView.tooltip')} (Shift+V)`}>
      <Button
        type={on ? 'primary' : 'text'}
        ghost={on}
        icon={<InsertRowAboveOutlined />}
        aria-label={label}
        aria-pressed={on}
        data-testid="compare-view-toggle"
        onClick={toggleCompareView}
      />
    </Tooltip>
  );
}
