import { UserOutlined } from '@ant-design/icons';
import { Avatar, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../src/model/catalog';
import { useCatalogStore } from '../../store/catalogStore';
import { useImageUrl } from '../inspector/fields/useImageUrl';
import { CatalogPanelFrame } from './CatalogPanelFrame';
import { moveCommand } from './catalogEdits';
import { PersonaDrawer } from './PersonaDrawer';
import { RowActions } from './RowActions';

/** A persona's avatar image, or its initial when it has none. */
export function PersonaAvatar({ projectId, persona, size = 40 }: { projectId: string; persona: Persona; size?: number }) {
  const url = useImageUrl(projectId, persona.avatarImageId);
  return url ? (
    <Avatar src={url} size={size} alt={persona.name} />
  ) : (
    <Avatar size={size} icon={persona.name.trim() === '' ? <UserOutlined /> : undefined}>
      {persona.name.trim().slice(0, 1).toUpperCase()}
    </Avatar>
  );
}

type Editing = { persona: Persona | null } | null;

/** The project's personas: list with avatar, name and role; add, edit, reorder and delete. */
export function PersonasPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation('panels');
  const personas = useCatalogStore((s) => s.catalog?.personas) ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const ids = personas.map((p) => p.id);
  const execute = useCatalogStore.getState().execute;
  const move = (id: string, delta: -1 | 1) => {
    const command = moveCommand('persona', ids, id, delta);
    if (command) execute([command]);
  };

  return (
    <CatalogPanelFrame projectId={projectId} title={t('personas.title')} intro={t('personas.intro')} addLabel={t('personas.add')} onAdd={() => setEditing({ persona: null })}>
      <List
        dataSource={personas}
        locale={{ emptyText: <Empty description={t('personas.empty')} /> }}
        renderItem={(persona, index) => (
          <List.Item
            data-testid="persona-row"
            actions={[
              <RowActions
                key="actions"
                name={persona.name}
                onEdit={() => setEditing({ persona })}
                onDelete={() => execute([{ name: 'persona.delete', args: { id: persona.id } }])}
                onMoveUp={index > 0 ? () => move(persona.id, -1) : undefined}
                onMoveDown={index < personas.length - 1 ? () => move(persona.id, 1) : undefined}
              />,
            ]}
          >
            <List.Item.Meta
              avatar={<PersonaAvatar projectId={projectId} persona={persona} />}
              title={<a onClick={() => setEditing({ persona })}>{persona.name}</a>}
              description={
                <>
                  {[persona.role, persona.occupation, persona.city].filter(Boolean).join(' · ')}
                  {persona.quote && (
                    <Typography.Paragraph type="secondary" italic ellipsis={{ rows: 1 }} style={{ margin: 0 }}>
                      {t('personas.quoted', { quote: persona.quote })}
                    </Typography.Paragraph>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <PersonaDrawer projectId={projectId} persona={editing?.persona ?? null} open={editing !== null} onClose={() => setEditing(null)} />
    </CatalogPanelFrame>
  );
}
