import { useEffect } from 'react';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "Ctrl+N" or "⌘N", as the user's keyboard shows it. */
export function shortcutLabel(key: string): string {
  return isMac() ? `⌘${key}` : `Ctrl+${key}`;
}

/**
 * Calls `handlers[key]` for Ctrl/Cmd + key (lower-case letters). Ignores
 * presses with Shift or Alt, so editor shortcuts like Ctrl+Shift+Z stay free.
 */
export function useCommandShortcuts(handlers: Record<string, () => void>, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      const handler = handlers[event.key.toLowerCase()];
      if (!handler) return;
      // The browser's own Ctrl+N / Ctrl+O (new window, open file) would take over otherwise.
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers, enabled]);
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Alt+Left (the browser's own "back" key) calls `back`, except while typing,
 * where Alt+Left moves the caret by word on some systems.
 */
export function useBackShortcut(back: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.key !== 'ArrowLeft') return;
      if (event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      back();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [back, enabled]);
}
