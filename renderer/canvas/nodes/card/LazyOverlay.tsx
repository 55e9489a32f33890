import { Popover, Tooltip } from 'antd';
import { cloneElement, useEffect, useRef, useState, type FocusEvent, type MouseEvent, type ReactElement, type ReactNode } from 'react';

/**
 * antd's Tooltip and Popover mounted only once someone reaches for them. A
 * card is mounted by the thousand and a trigger (@rc-component/trigger, its
 * refs, effects and theme hooks) per badge made each card costly to mount;
 * until the first hover, focus or click the child renders alone. The first
 * one mounts the overlay already open, so it shows as it did.
 */

type TriggerProps = {
  onClick?: (e: MouseEvent<HTMLElement>) => void;
  onMouseEnter?: (e: MouseEvent<HTMLElement>) => void;
  onMouseLeave?: (e: MouseEvent<HTMLElement>) => void;
  onFocus?: (e: FocusEvent<HTMLElement>) => void;
  autoFocus?: boolean;
};

// antd's own delay before a hover tooltip shows: a pointer passing over a badge (panning, dragging) arms nothing.
const HOVER_DELAY_MS = 100;

/** A tooltip of rich content (`title` is called only once it shows), armed by resting the pointer on the child or focusing it. */
export function HoverTooltip({ title, placement, children }: { title: () => ReactNode; placement?: 'bottom' | 'top'; children: ReactElement<TriggerProps> }) {
  const [armed, setArmed] = useState<'hover' | 'focus' | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  if (armed === null) {
    const own = children.props;
    // The handlers touch the timer only when the pointer or focus arrives, never while rendering.
    // eslint-disable-next-line react-hooks/refs
    return cloneElement(children, {
      onMouseEnter: (e: MouseEvent<HTMLElement>) => {
        own.onMouseEnter?.(e);
        clearTimeout(pending.current);
        // A pointer arriving with a button held is panning the map or dragging something: it wants no tooltip.
        if (e.buttons !== 0) return;
        pending.current = setTimeout(() => setArmed('hover'), HOVER_DELAY_MS);
      },
      onMouseLeave: (e: MouseEvent<HTMLElement>) => {
        own.onMouseLeave?.(e);
        clearTimeout(pending.current);
      },
      onFocus: (e: FocusEvent<HTMLElement>) => {
        own.onFocus?.(e);
        setArmed('focus');
      },
    });
  }
  // The child mounts again inside the trigger: focus moves to the new element.
  return (
    <Tooltip title={title()} placement={placement} defaultOpen>
      {armed === 'focus' ? cloneElement(children, { autoFocus: true }) : children}
    </Tooltip>
  );
}

/** A popover opened by clicking its child, armed by the first click. */
export function ClickPopover({ content, children }: { content: () => ReactNode; children: ReactElement<TriggerProps> }) {
  const [armed, setArmed] = useState(false);
  if (!armed) {
    const own = children.props;
    return cloneElement(children, {
      onClick: (e: MouseEvent<HTMLElement>) => {
        own.onClick?.(e);
        setArmed(true);
      },
    });
  }
  return (
    <Popover content={content()} trigger="click" placement="bottom" destroyOnHidden defaultOpen>
      {cloneElement(children, { autoFocus: true })}
    </Popover>
  );
}
