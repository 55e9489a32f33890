import { ReactFlow, ReactFlowProvider, useNodesState, useReactFlow, type Node, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { JourneyMap } from '../../src/model/journey';
import { computeLayout } from '../../renderer/canvas/layout';

/**
 * The bench's baseline: plain React + React Flow with default nodes, the same
 * cards at the same positions and sizes as the app's map (the app's own grid
 * layout maths, nothing else of the app), culling like the app
 * (onlyRenderVisibleElements), the same zoom range and wheel behaviour, in a
 * canvas as large as the app's. The bench passes the map (the app's `map.get`
 * answer, as JSON), the canvas size and the viewport the app opened at.
 */

const params = new URLSearchParams(window.location.search);
const mapUrl = params.get('map') ?? 'map.json';
const width = Number(params.get('w')) || window.innerWidth;
const height = Number(params.get('h')) || window.innerHeight;
const viewport: Viewport = { x: Number(params.get('vx') ?? 0), y: Number(params.get('vy') ?? 0), zoom: Number(params.get('vz') ?? 1) };

function cardNodes(map: JourneyMap): Node[] {
  const layout = computeLayout(map);
  return Object.values(layout.cards).map((box) => ({
    id: box.id,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    data: { label: map.cards[box.id]?.title ?? '' },
  }));
}

function Flow({ initial }: { initial: Node[] }) {
  const [nodes, , onNodesChange] = useNodesState(initial);
  const flow = useReactFlow();
  // The app's "fit" shortcut (Shift+1), with the same options.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.shiftKey && e.code === 'Digit1') void flow.fitView({ duration: 200, maxZoom: 1 });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flow]);
  return (
    <ReactFlow
      nodes={nodes}
      onNodesChange={onNodesChange}
      defaultViewport={viewport}
      onlyRenderVisibleElements
      minZoom={0.05}
      maxZoom={2.5}
      panOnScroll
    />
  );
}

function BareCanvas() {
  const [nodes, setNodes] = useState<Node[] | null>(null);
  const open = async () => {
    const map = (await (await fetch(mapUrl)).json()) as JourneyMap;
    setNodes(cardNodes(map));
  };
  if (!nodes) {
    return (
      <button type="button" id="open" onClick={() => void open()}>
        Open map
      </button>
    );
  }
  return (
    <div style={{ width, height }}>
      <ReactFlowProvider>
        <Flow initial={nodes} />
      </ReactFlowProvider>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<BareCanvas />);
