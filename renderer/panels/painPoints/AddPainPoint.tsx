import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { newId } from '../../../src/model/ids';
import { addPainPointCommands } from '../../../src/painPoints/edits';
import { defaultLaneName } from '../../../src/templates/starterMap';
import { currentLanguage } from '../../i18n';
import { nowIso, runCommands } from './painEdits';
import { usePainOptions } from './painLabels';

interface Draft {
  title: string;
  stageId: string;
  severity?: number;
}

/** "Add pain point": title, stage and severity; adds a pain-points lane in the same undo step when the map has none. */
export function AddPainPoint({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('pain');
  const options = usePainOptions();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Draft>();
  const firstStage = map.stages[0]?.id;

  const submit = (draft: Draft) => {
    runCommands(
      addPainPointCommands(map, {
        cardId: newId(),
        title: draft.title.trim(),
        stageId: draft.stageId,
        severity: draft.severity,
        lane: { id: newId(), name: defaultLaneName('painPoints', currentLanguage()) },
        now: nowIso(),
      }),
    );
    setOpen(false);
    form.resetFields();
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} disabled={!firstStage} onClick={() => setOpen(true)}>
        {t('table.add')}
      </Button>
      <Modal
        open={open}
        title={t('add.title')}
        okText={t('add.ok')}
        destroyOnHidden
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
      >
        <Form<Draft> form={form} layout="vertical" initialValues={{ stageId: firstStage }} onFinish={submit} onKeyDown={(e) => e.stopPropagation()}>
          <Form.Item name="title" label={t('add.name')} rules={[{ required: true, whitespace: true, message: t('table.titleRequired') }]}>
            <Input autoFocus maxLength={1000} onPressEnter={() => form.submit()} />
          </Form.Item>
          <Form.Item name="stageId" label={t('add.stage')} rules={[{ required: true }]}>
            <Select options={map.stages.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item name="severity" label={t('add.severity')}>
            <Select allowClear placeholder={t('placeholders.notRated')} options={options.severity} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
