import { createContext, useContext } from 'react';

export interface ConfirmOptions {
  title: string;
  content?: string;
  okText: string;
  cancelText: string;
  danger?: boolean;
}

/** Services the editor shell gives its nodes: one modal host instead of one per node. */
export interface EditorServices {
  /** Asks the user; resolves true when they confirm. */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** Opens another map of the project (a card's sub-journey); absent where no navigation is possible. */
  openMap?(mapId: string): void;
}

// Outside an editor nothing can be confirmed, so destructive actions do nothing.
export const EditorServicesContext = createContext<EditorServices>({ confirm: () => Promise.resolve(false) });

export const useEditorServices = (): EditorServices => useContext(EditorServicesContext);
