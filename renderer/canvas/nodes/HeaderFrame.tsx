import { MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { HeaderNameEditor } from './HeaderNameEditor';

interface Props extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  items: MenuProps['items'];
  name: string;
  nameClassName: string;
  renaming: boolean;
  renameLabel: string;
  menuLabel: string;
  /** The new name, or null when renaming was cancelled or left the name as it was. */
  onRenamed(name: string | null): void;
  before?: ReactNode;
  /** Shown between the name and the menu button (moment badge, comment count). */
  badges?: ReactNode;
  after?: ReactNode;
  /** The frame element (sticky headers move it as the map pans). */
  ref?: Ref<HTMLDivElement>;
}

/**
 * The frame shared by stage, lane and phase headers: the name (or its inline
 * editor) and one menu, reachable by right-click and by the ⋮ button.
 * Submenus open on click: a hover submenu closes when the pointer cuts a corner.
 */
export function HeaderFrame({ items, name, nameClassName, renaming, renameLabel, menuLabel, onRenamed, before, badges, after, ...frame }: Props) {
  const menu: MenuProps = { items, triggerSubMenuAction: 'click' };
  return (
    <Dropdown menu={menu} trigger={['contextMenu']}>
      <div {...frame}>
        {before}
        {renaming ? (
          <HeaderNameEditor name={name} label={renameLabel} onDone={onRenamed} />
        ) : (
          <span className={nameClassName} title={name}>
            {name}
          </span>
        )}
        {badges}
        <Dropdown menu={menu} trigger={['click']}>
          <Button size="small" type="text" className="jc-header__menu nodrag" icon={<MoreOutlined />} aria-label={menuLabel} />
        </Dropdown>
        {after}
      </div>
    </Dropdown>
  );
}
