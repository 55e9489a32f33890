import { BgColorsOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { PALETTE } from '../laneTypeVisuals';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** The "Colour ▸ no colour / swatches" submenu shared by stage and phase headers. */
export function colorMenu(t: TFunction<'editor'>, label: string, pick: (color: string | null) => void): MenuItem {
  return {
    key: 'color',
    icon: <BgColorsOutlined />,
    label,
    children: [
      { key: 'color:none', label: t('stage.noColor'), onClick: () => pick(null) },
      ...PALETTE.map((color) => ({
        key: `color:${color}`,
        label: <span className="jc-swatch" style={{ background: color }} />,
        onClick: () => pick(color),
      })),
    ],
  };
}
