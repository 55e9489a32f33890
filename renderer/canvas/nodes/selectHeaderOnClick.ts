import type { MouseEvent } from 'react';
import { useSelectionStore, type HeaderSelection } from '../../store/selectionStore';

/**
 * Click handler that selects a header for the inspector. A click on the
 * header's "…" button only opens its menu, and clicks inside the menus also
 * reach the header (React bubbles events out of portals) without being clicks
 * on it: neither selects.
 */
export const selectHeaderOnClick =
  (header: HeaderSelection) =>
  (event: MouseEvent<HTMLElement>): void => {
    const target = event.target;
    if (!(target instanceof Element) || !event.currentTarget.contains(target) || target.closest('.jc-header__menu')) return;
    useSelectionStore.getState().selectHeader(header);
  };
