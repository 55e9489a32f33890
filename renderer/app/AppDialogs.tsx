import { FilePickerModal } from '../panels/filePicker/FilePickerModal';
import { ImportJsonModal } from '../panels/home/ImportJsonModal';
import { NewProjectModal } from '../panels/home/NewProjectModal';
import { useAppStore } from '../store/appStore';
import { SettingsModal } from './SettingsModal';

/** Dialogs any screen, shortcut or menu command can open; the file picker sits above them all. */
export function AppDialogs() {
  const dialog = useAppStore((state) => state.dialog);
  const closeDialog = useAppStore((state) => state.closeDialog);
  return (
    <>
      {dialog === 'newProject' && <NewProjectModal onClose={closeDialog} />}
      {dialog === 'importJson' && <ImportJsonModal onClose={closeDialog} />}
      {dialog === 'settings' && <SettingsModal onClose={closeDialog} />}
      <FilePickerModal />
    </>
  );
}
