const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Keys that start presenting: F5 (as in slide software) or Ctrl/Cmd+Shift+P. */
export const PRESENT_SHORTCUT = `F5 / ${isMac ? '⌘' : 'Ctrl'}+Shift+P`;
/** The key that opens quick capture. */
export const CAPTURE_SHORTCUT = 'Q';

/** True for the key presses that start presenting. */
export const isPresentKey = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean =>
  (e.key === 'F5' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) ||
  ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p');
