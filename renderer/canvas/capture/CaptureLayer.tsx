import { useReactFlow, useStoreApi, ViewportPortal } from '@xyflow/react';
import { Input, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { useDocumentStore } from '../../store/documentStore';
import type { GridLayout } from '../layout';
import { captureCard, stepCapture } from './captureActions';
import { captureSlot, type CaptureSlot } from './captureSlot';
import { useCaptureStore } from './captureStore';

/** Room kept between the input and the canvas edge when the canvas pans to show it. */
const VIEW_MARGIN = 56;

/** Pans (never zooms) the canvas just enough for the slot to be on screen. */
function useKeepInView(slot: CaptureSlot | null) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  useEffect(() => {
    if (!slot) return;
    const { width, height } = flowStore.getState();
    const { x, y, zoom } = flow.getViewport();
    const left = slot.x * zoom + x;
    const top = slot.y * zoom + y;
    const right = left + slot.width * zoom;
    const bottom = top + slot.height * zoom;
    let dx = 0;
    let dy = 0;
    if (left < VIEW_MARGIN) dx = VIEW_MARGIN - left;
    else if (right > width - VIEW_MARGIN) dx = width - VIEW_MARGIN - right;
    if (top < VIEW_MARGIN) dy = VIEW_MARGIN - top;
    else if (bottom > height - VIEW_MARGIN) dy = height - VIEW_MARGIN - bottom;
    if (dx !== 0 || dy !== 0) void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 120 });
  }, [flow, flowStore, slot]);
}

/**
 * The quick-capture input, drawn on the canvas at the end of the chosen cell.
 * Enter adds a card and keeps the input open and empty; Tab and Shift+Tab move
 * to the next and previous cell; Escape closes it. Enter while an input method
 * is composing (Chinese, Japanese) belongs to the input method.
 */
export function CaptureLayer({ map, layout }: { map: JourneyMap; layout: GridLayout }) {
  const { t } = useTranslation('present');
  const cell = useCaptureStore((s) => s.cell);
  const draft = useCaptureStore((s) => s.draft);
  const input = useRef<InputRef>(null);
  const slot = useMemo(() => (cell ? captureSlot(layout, cell) : null), [cell, layout]);
  useKeepInView(slot);

  // Back to the input whenever it moves (a click on another cell takes the focus away).
  useEffect(() => {
    if (cell) input.current?.focus({ preventScroll: true });
  }, [cell]);

  // The cell's stage or lane was deleted or hidden: capture ends.
  useEffect(() => {
    if (cell && !slot) useCaptureStore.getState().stop();
  }, [cell, slot]);

  if (!cell || !slot) return null;
  const stage = map.stages.find((s) => s.id === cell.stageId);
  const lane = map.lanes.find((l) => l.id === cell.laneId);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      captureCard(cell, e.currentTarget.value);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      stepCapture(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      useCaptureStore.getState().stop();
    } else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && e.currentTarget.value === '') {
      // With nothing typed, undo takes back the last card captured instead of the input's own (empty) history.
      e.preventDefault();
      useDocumentStore.getState().undo();
    }
  };

  return (
    <ViewportPortal>
      <div
        className="jc-capture nodrag nopan nowheel"
        data-testid="capture"
        data-stage-id={cell.stageId}
        data-lane-id={cell.laneId}
        style={{ transform: `translate(${slot.x}px, ${slot.y}px)`, width: slot.width }}
      >
        <Input
          ref={input}
          autoFocus
          size="small"
          className="jc-capture__input"
          data-testid="capture-input"
          aria-label={t('capture.inputLabel', { stage: stage?.name ?? '', lane: lane?.name ?? '' })}
          placeholder={t('capture.placeholder')}
          maxLength={1000}
          value={draft}
          onChange={(e) => useCaptureStore.getState().setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="jc-capture__hint" aria-hidden>
          {t('capture.hint')}
        </div>
      </div>
    </ViewportPortal>
  );
}
