import { Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../src/model/ids';
import type { Persona } from '../../../src/model/catalog';
import { AGE_BANDS, GENDERS } from '../../../src/schema/catalog';
import { useCatalogStore } from '../../store/catalogStore';
import { ImageField } from '../inspector/fields/ImageField';
import { entityPatch, withoutEmpty } from './catalogEdits';

type PersonaFields = Pick<
  Persona,
  'name' | 'avatarImageId' | 'role' | 'gender' | 'ageBand' | 'occupation' | 'city' | 'goals' | 'needs' | 'frustrations' | 'quote'
>;

const TEXT_FIELDS = ['role', 'occupation', 'city'] as const;
const LONG_FIELDS = ['goals', 'needs', 'frustrations', 'quote'] as const;

/** Form.Item hands its control `value` and `onChange`; the image field names them for images. */
function AvatarInput({ projectId, id, value, onChange }: { projectId: string; id?: string; value?: string; onChange?: (id: string | null) => void }) {
  return <ImageField id={id} projectId={projectId} imageId={value} width={96} onChange={(imageId) => onChange?.(imageId)} />;
}

interface Props {
  projectId: string;
  /** The persona being edited; null adds a new one. */
  persona: Persona | null;
  open: boolean;
  onClose(): void;
}

/** Adds or edits a persona; saving is one undoable catalog edit. */
export function PersonaDrawer({ projectId, persona, open, onClose }: Props) {
  const { t } = useTranslation('panels');
  const [form] = Form.useForm<PersonaFields>();

  const save = (values: PersonaFields) => {
    const store = useCatalogStore.getState();
    if (persona) {
      const patch = entityPatch(persona, values, ['name']);
      if (Object.keys(patch).length > 0) store.execute([{ name: 'persona.edit', args: { id: persona.id, patch } }]);
    } else {
      store.execute([{ name: 'persona.add', args: { persona: withoutEmpty({ ...values, id: newId() }) } }]);
    }
    onClose();
  };

  return (
    <Drawer
      title={persona ? t('personas.editTitle', { name: persona.name }) : t('personas.addTitle')}
      open={open}
      onClose={onClose}
      size={460}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('catalog.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()}>
            {t('catalog.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={persona ?? {}} onFinish={save} preserve={false}>
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, whitespace: true, message: t('catalog.nameRequired') }]}>
          <Input maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item name="avatarImageId" label={t('personas.avatar')}>
          <AvatarInput projectId={projectId} />
        </Form.Item>
        {TEXT_FIELDS.map((key) => (
          <Form.Item key={key} name={key} label={t(`personas.${key}`)}>
            <Input maxLength={200} />
          </Form.Item>
        ))}
        <Space.Compact block>
          <Form.Item name="gender" label={t('personas.gender')} style={{ flex: 1, marginRight: 8 }}>
            <Select allowClear options={GENDERS.map((value) => ({ value, label: t(`genders.${value}`) }))} />
          </Form.Item>
          <Form.Item name="ageBand" label={t('personas.ageBand')} style={{ flex: 1 }}>
            <Select allowClear options={AGE_BANDS.map((value) => ({ value, label: t(`ageBands.${value}`) }))} />
          </Form.Item>
        </Space.Compact>
        {LONG_FIELDS.map((key) => (
          <Form.Item key={key} name={key} label={t(`personas.${key}`)}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={key === 'quote' ? 1000 : 5000} />
          </Form.Item>
        ))}
      </Form>
    </Drawer>
  );
}
