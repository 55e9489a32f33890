import { create } from 'zustand';
import type { DataTable } from '../../../src/export/printData';
import type { TABLE_FORMATS } from '../../../src/api/contract';

export type TableFormat = (typeof TABLE_FORMATS)[number];

export type ExportDialogTab = 'pdf' | 'image';

/** A data file to write: a table of the open map, or the whole project as JSON. */
export type DataExportRequest = { kind: 'table'; table: DataTable; format: TableFormat } | { kind: 'projectJson' };

interface ExportDialogState {
  /** The dialog's tab while it is open; null when closed. */
  open: ExportDialogTab | null;
  /** A data export asked for by the native menu, run by the editor's export button (which has the map and the path chooser). */
  dataRequest: DataExportRequest | null;
  openDialog(tab: ExportDialogTab): void;
  close(): void;
  requestData(request: DataExportRequest): void;
  takeDataRequest(): DataExportRequest | null;
}

/**
 * Who asked for an export (toolbar, Ctrl/Cmd+P, Ctrl/Cmd+Shift+E, the native
 * menu) is decoupled from the dialog, which lives in the editor's toolbar.
 */
export const useExportDialogStore = create<ExportDialogState>()((set, get) => ({
  open: null,
  dataRequest: null,
  openDialog: (tab) => set({ open: tab }),
  close: () => set({ open: null }),
  requestData: (request) => set({ dataRequest: request }),
  takeDataRequest: () => {
    const request = get().dataRequest;
    if (request) set({ dataRequest: null });
    return request;
  },
}));
