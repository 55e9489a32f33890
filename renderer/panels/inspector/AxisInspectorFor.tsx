import type { JourneyMap } from '../../../src/model/journey';
import { LaneInspector, PhaseInspector, StageInspector } from './AxisInspectors';
import type { InspectorSubject } from './inspectorSubject';

/** The form of a selected stage, lane or phase header. */
export function AxisInspectorFor({ subject, map }: { subject: Extract<InspectorSubject, { kind: 'stage' | 'lane' | 'phase' }>; map: JourneyMap }) {
  switch (subject.kind) {
    case 'stage':
      return <StageInspector key={subject.stage.id} stage={subject.stage} map={map} />;
    case 'lane':
      return <LaneInspector key={subject.lane.id} lane={subject.lane} map={map} />;
    case 'phase':
      return <PhaseInspector key={subject.phase.id} phase={subject.phase} />;
  }
}
