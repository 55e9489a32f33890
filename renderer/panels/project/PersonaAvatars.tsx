import { Avatar, Tooltip } from 'antd';
import type { Persona } from '../../../src/model/catalog';
import { PersonaAvatar } from '../catalog/PersonasPanel';

/** The personas a map is drawn for: overlapping avatars (as in the personas tab) and their names. */
export function PersonaAvatars({ projectId, personas }: { projectId: string; personas: readonly Persona[] }) {
  if (personas.length === 0) return null;
  return (
    <span className="persona-avatars" data-testid="map-personas">
      <Avatar.Group max={{ count: 3 }} size={22}>
        {personas.map((persona) => (
          <Tooltip key={persona.id} title={persona.name}>
            <span className="persona-avatar">
              <PersonaAvatar projectId={projectId} persona={persona} size={22} />
            </span>
          </Tooltip>
        ))}
      </Avatar.Group>
      <span className="persona-avatars-names">{personas.map((persona) => persona.name).join(', ')}</span>
    </span>
  );
}
