import { Button, ColorPicker, Drawer, Form, Input, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../src/model/ids';
import type { Channel } from '../../../src/model/catalog';
import { CHANNEL_GROUPS, CHANNEL_ICONS, CHANNEL_MODES } from '../../../src/schema/catalog';
import { currentLanguage } from '../../i18n';
import { useCatalogStore } from '../../store/catalogStore';
import { entityPatch } from './catalogEdits';
import { ChannelIcon, channelDisplayName } from './ChannelIcon';

type ChannelFields = Pick<Channel, 'name' | 'icon' | 'color' | 'mode' | 'group'>;

const NEW_CHANNEL: ChannelFields = { name: '', icon: 'other', color: '#1677ff', mode: 'online', group: 'owned' };

// The colour picker hands back a colour object; the schema wants "#rrggbb".
const toHex = (value: unknown): string =>
  typeof value === 'string' ? value : (value as { toHexString(): string }).toHexString().slice(0, 7);

interface Props {
  channel: Channel | null;
  open: boolean;
  onClose(): void;
}

/** Adds or edits a channel. A built-in channel left without a name keeps showing its translated name. */
export function ChannelDrawer({ channel, open, onClose }: Props) {
  const { t } = useTranslation('panels');
  const [form] = Form.useForm<ChannelFields>();
  const builtinName = channel?.builtin ? channelDisplayName({ builtin: channel.builtin, name: '' }, currentLanguage()) : null;

  const save = (raw: ChannelFields) => {
    const values = { ...raw, name: raw.name.trim(), color: toHex(raw.color) };
    const store = useCatalogStore.getState();
    if (channel) {
      // A blank name is allowed on built-ins only: it brings back the translated name.
      const patch = entityPatch(channel, values, ['icon', 'color', 'mode', 'group']);
      if (values.name === '' && channel.name !== '') patch.name = '';
      if (Object.keys(patch).length > 0) store.execute([{ name: 'channel.edit', args: { id: channel.id, patch } }]);
    } else {
      store.execute([{ name: 'channel.add', args: { channel: { ...values, id: newId() } } }]);
    }
    onClose();
  };

  return (
    <Drawer
      title={channel ? t('channels.editTitle') : t('channels.addTitle')}
      open={open}
      onClose={onClose}
      size={420}
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
      <Form form={form} layout="vertical" initialValues={channel ?? NEW_CHANNEL} onFinish={save} preserve={false}>
        <Form.Item
          name="name"
          label={t('fields.name')}
          extra={builtinName ? t('channels.builtinNameHelp', { name: builtinName }) : undefined}
          rules={builtinName ? [] : [{ required: true, whitespace: true, message: t('catalog.nameRequired') }]}
        >
          <Input maxLength={200} placeholder={builtinName ?? undefined} autoFocus />
        </Form.Item>
        <Form.Item name="icon" label={t('channels.icon')}>
          <Select
            showSearch={{ optionFilterProp: 'name' }}
            options={CHANNEL_ICONS.map((icon) => ({
              value: icon,
              name: t(`channelIcons.${icon}`),
              label: (
                <Space size={6}>
                  <ChannelIcon channel={{ icon, color: '#595959' }} />
                  {t(`channelIcons.${icon}`)}
                </Space>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item name="color" label={t('fields.color')}>
          <ColorPicker disabledAlpha showText format="hex" />
        </Form.Item>
        <Form.Item name="mode" label={t('channels.mode')}>
          <Radio.Group optionType="button" options={CHANNEL_MODES.map((value) => ({ value, label: t(`channelModes.${value}`) }))} />
        </Form.Item>
        <Form.Item name="group" label={t('channels.group')}>
          <Select options={CHANNEL_GROUPS.map((value) => ({ value, label: t(`channelGroups.${value}`) }))} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
