import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useCatalogStore } from '../../store/catalogStore';
import { useDocumentStore } from '../../store/documentStore';
import { usePathChooser } from '../filePicker/usePathChooser';
import { ImportWizard } from './ImportWizard';
import { useImportWizardStore } from './importWizardStore';

/** "Import data": asks for a spreadsheet, then opens the import wizard for the open map. */
export function ImportToolbarButton({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('import');
  const { message } = App.useApp();
  const { openFile } = usePathChooser();
  const [open, setOpen] = useState(false);
  const label = t('toolbar.button');

  const start = async () => {
    const { projectId, mapId } = useDocumentStore.getState();
    if (projectId === null || mapId === null) return;
    try {
      const path = await openFile('sheet', t('toolbar.pickTitle'));
      if (path === null) return;
      void useCatalogStore.getState().load(projectId);
      setOpen(true);
      await useImportWizardStore.getState().open(projectId, mapId, path);
    } catch (thrown) {
      void message.error(describeError(t, toDescribableError(thrown)));
    }
  };

  return (
    <>
      <Tooltip title={label}>
        <Button type="text" icon={<CloudUploadOutlined />} aria-label={label} data-testid="import-button" onClick={() => void start()} />
      </Tooltip>
      {open && <ImportWizard map={map} onClose={() => setOpen(false)} />}
    </>
  );
}
