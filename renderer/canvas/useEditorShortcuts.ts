import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { api } from '../api/client';
import { useExportDialogStore } from '../panels/export/exportDialogStore';
import { useDocumentStore } from '../store/documentStore';
import { useSelectionStore } from '../store/selectionStore';
import { deleteSelected, duplicateSelected, editSelectedCard, nudgeSelected, selectAllCards } from './editorActions';
import type { Direction } from './editorCommands';
import { openKindMenuForSelectedEdge } from './edges/kindMenu';
import { startCapture } from './capture/captureActions';
import { toggleCompareView } from './compare/CompareViewToggle';
import { startPresentation } from './presentation/presentationActions';
import { usePresentationStore } from './presentation/presentationStore';
import { isPresentKey } from './presentation/shortcuts';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

// Keys pressed in a dialog or menu belong to it; the editor takes keys aimed at itself or at nothing in particular.
const aimedAtEditor = (target: EventTarget | null, editor: HTMLElement | null): boolean =>
  target === document.body || target === document.documentElement || (target instanceof Node && !!editor?.contains(target));

const undo = () => useDocumentStore.getState().undo();
const redo = () => useDocumentStore.getState().redo();

/**
 * Ctrl/Cmd+P (PDF) and Ctrl/Cmd+Shift+E (image) open the export dialog, also
 * while typing in the inspector (no text field uses them); Ctrl/Cmd+P thereby
 * replaces the browser's own print, which would print the editor's chrome.
 */
function exportKey(e: KeyboardEvent): 'pdf' | 'image' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'p' && !e.shiftKey) return 'pdf';
  if (key === 'e' && e.shiftKey) return 'image';
  return null;
}

/** The editor's keyboard shortcuts (see the help popover) and the native menu's undo/redo. */
export function useEditorShortcuts(editor: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || !aimedAtEditor(e.target, editor.current)) return;
      // Presentation mode has its own keys (PresentationChrome) and allows no edits.
      if (usePresentationStore.getState().active) return;
      const exportTab = exportKey(e);
      if (exportTab) {
        e.preventDefault();
        useExportDialogStore.getState().openDialog(exportTab);
        return;
      }
      if (isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const arrow = ARROWS[e.key];
      if (isPresentKey(e)) startPresentation();
      else if (mod && key === 'z') {
        if (e.shiftKey) redo();
        else undo();
      } else if (e.ctrlKey && key === 'y') redo();
      else if (mod && key === 'd') duplicateSelected();
      else if (mod && key === 'a') selectAllCards();
      else if (mod || e.altKey) return;
      else if (key === 'Delete' || key === 'Backspace') deleteSelected();
      else if (key === 'Escape') {
        useSelectionStore.getState().clear();
        useSelectionStore.getState().editCard(null);
      } else if (arrow) nudgeSelected(arrow);
      else if (key === 'Enter' || key === 'F2') editSelectedCard();
      else if (key === 'q' && !e.shiftKey) startCapture();
      else if (key === 'k') {
        if (!openKindMenuForSelectedEdge()) return;
      }
      else if (e.shiftKey && e.code === 'Digit1') void flow.fitView({ duration: 200, maxZoom: 1 });
      else if (e.shiftKey && e.code === 'KeyV') toggleCompareView();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor, flow]);

  useEffect(
    () =>
      api.onMenu((command) => {
        if (command === 'edit.undo') undo();
        else if (command === 'edit.redo') redo();
      }),
    [],
  );
}
