import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { PALETTE } from '../../../canvas/laneTypeVisuals';

interface Props {
  /** null: no colour of its own; undefined: several selected items differ. */
  value: string | null | undefined;
  onChange(color: string | null): void;
  id?: string;
  /** Offers "no colour" (absent for catalog channels, which always have one). */
  allowNone?: boolean;
}

/** Palette swatches plus "no colour", as radio buttons so the keyboard and screen readers can use them. */
export function ColorField({ value, onChange, id, allowNone = true }: Props) {
  const { t } = useTranslation('panels');
  const options: (string | null)[] = allowNone ? [null, ...PALETTE] : [...PALETTE];
  if (value && !options.includes(value)) options.push(value);
  return (
    <div id={id} role="radiogroup" className="jc-inspector__swatches">
      {options.map((color) => {
        const label = color ?? t('fields.noColor');
        const checked = value === color;
        return (
          <Tooltip key={color ?? 'none'} title={label}>
            <button
              type="button"
              role="radio"
              aria-checked={checked}
              aria-label={label}
              className={color === null ? 'jc-inspector__swatch jc-inspector__swatch--none' : 'jc-inspector__swatch'}
              style={color === null ? undefined : { background: color }}
              onClick={() => !checked && onChange(color)}
            >
              {checked ? <CheckOutlined /> : color === null ? <StopOutlined /> : null}
            </button>
          </Tooltip>
        );
      })}
    </div>
  );
}
