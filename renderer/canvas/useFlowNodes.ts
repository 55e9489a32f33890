import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { useSelectionStore } from '../store/selectionStore';
import { reconcileNodes, type JourneyNode } from './flowElements';

interface Synced {
  base: JourneyNode[];
  selected: ReadonlySet<string>;
  nodes: JourneyNode[];
}

/**
 * React Flow's node array: computed nodes plus what only React Flow knows
 * (positions mid-drag, measured sizes). Selection changes go to the selection
 * store, which owns selection; a header's drag is held to its own axis.
 */
export function useFlowNodes(base: JourneyNode[]) {
  const selected = useSelectionStore((s) => s.cardIds);
  const [synced, setSynced] = useState<Synced>(() => ({ base, selected, nodes: reconcileNodes([], base, selected) }));

  // Adjusting state while rendering (not in an effect) so the new map never paints with stale nodes.
  let nodes = synced.nodes;
  if (synced.base !== base || synced.selected !== selected) {
    nodes = reconcileNodes(synced.nodes, base, selected);
    setSynced({ base, selected, nodes });
  }

  const onNodesChange = useCallback((changes: NodeChange<JourneyNode>[]) => {
    const toggles: [string, boolean][] = [];
    const local: NodeChange<JourneyNode>[] = [];
    for (const change of changes) {
      if (change.type === 'select') toggles.push([change.id, change.selected]);
      else if (change.type === 'position' && change.position && change.id.startsWith('stage:')) local.push({ ...change, position: { ...change.position, y: 0 } });
      else if (change.type === 'position' && change.position && change.id.startsWith('lane:')) local.push({ ...change, position: { ...change.position, x: 0 } });
      else if (change.type !== 'remove' && change.type !== 'add' && change.type !== 'replace') local.push(change);
    }
    if (toggles.length > 0) useSelectionStore.getState().toggle({ cards: toggles });
    if (local.length > 0) setSynced((s) => ({ ...s, nodes: applyNodeChanges(local, s.nodes) }));
  }, []);

  /** Puts every node back where the grid says (after a drop that changed nothing). */
  const resync = useCallback(() => setSynced((s) => ({ ...s, nodes: reconcileNodes(s.nodes, s.base, s.selected) })), []);

  return { nodes, onNodesChange, resync };
}
