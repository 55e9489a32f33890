import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../src/commands/schemas';
import type { JourneyMap, Lane, LaneType, Phase, Stage } from '../../../src/model/journey';
import { LANE_HEIGHT_MAX, LANE_HEIGHT_MIN, LANE_TYPES } from '../../../src/schema/journey';
import { LANE_TYPE_VISUALS } from '../../canvas/laneTypeVisuals';
import { useDocumentStore } from '../../store/documentStore';
import { ColorField } from './fields/ColorField';
import { CommitNumber } from './fields/CommitNumber';
import { CommitText } from './fields/CommitText';
import { Field } from './fields/Field';
import { StageMomentField } from '../painPoints/StageMomentField';
import { CommentsSection } from '../workshop/CommentsSection';
import { changeLaneTypeCommands } from './inspectorCommands';

const run = (commands: Command[]): void => {
  if (commands.length > 0) useDocumentStore.getState().execute(commands);
};

function LaneTypeLabel({ type }: { type: LaneType }) {
  const { t } = useTranslation('editor');
  const { Icon, color } = LANE_TYPE_VISUALS[type];
  return (
    <Space size={6}>
      <span style={{ color }}>
        <Icon />
      </span>
      {t(`laneTypes.${type}`)}
    </Space>
  );
}

/** A lane's name, type and minimum height. */
export function LaneInspector({ lane, map }: { lane: Lane; map: JourneyMap }) {
  const { t } = useTranslation('panels');
  // The emotions lane holds a curve, not cards: it cannot become a card lane, nor a card lane become it.
  const types = LANE_TYPES.filter((type) => (lane.type === 'emotions' ? type === 'emotions' : type !== 'emotions'));
  return (
    <>
      <Field id="inspector-lane-name" label={t('fields.name')}>
        <CommitText id="inspector-lane-name" required maxLength={200} value={lane.name} onCommit={(name) => run([{ name: 'lane.rename', args: { id: lane.id, name } }])} />
      </Field>
      <Field id="inspector-lane-type" label={t('lane.type')}>
        <Select
          id="inspector-lane-type"
          value={lane.type}
          disabled={lane.type === 'emotions'}
          options={types.map((type) => ({ value: type, label: <LaneTypeLabel type={type} /> }))}
          onChange={(type: LaneType) => run(changeLaneTypeCommands(map, lane.id, type))}
        />
      </Field>
      <Field id="inspector-lane-height" label={t('lane.minHeight')}>
        <CommitNumber
          id="inspector-lane-height"
          value={lane.height ?? null}
          min={LANE_HEIGHT_MIN}
          max={LANE_HEIGHT_MAX}
          allowEmpty
          placeholder={t('lane.autoHeight')}
          suffix="px"
          onCommit={(height) => run([{ name: 'lane.resize', args: { id: lane.id, height } }])}
        />
      </Field>
      <CommentsSection target={{ kind: 'lane', id: lane.id }} map={map} />
    </>
  );
}

/** A stage's name, colour and phase. */
export function StageInspector({ stage, map }: { stage: Stage; map: JourneyMap }) {
  const { t } = useTranslation('panels');
  const phases = map.phases ?? [];
  return (
    <>
      <Field id="inspector-stage-name" label={t('fields.name')}>
        <CommitText id="inspector-stage-name" required maxLength={200} value={stage.name} onCommit={(name) => run([{ name: 'stage.rename', args: { id: stage.id, name } }])} />
      </Field>
      <Field id="inspector-stage-color" label={t('fields.color')}>
        <ColorField id="inspector-stage-color" value={stage.color ?? null} onChange={(color) => run([{ name: 'stage.recolor', args: { id: stage.id, color } }])} />
      </Field>
      <Field id="inspector-stage-phase" label={t('stage.phase')}>
        <Select
          id="inspector-stage-phase"
          allowClear
          placeholder={t('stage.noPhase')}
          value={stage.phaseId ?? null}
          options={phases.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(phaseId: string | undefined) => run([{ name: 'stage.setPhase', args: { id: stage.id, phaseId: phaseId ?? null } }])}
        />
      </Field>
      <StageMomentField stage={stage} />
      <CommentsSection target={{ kind: 'stage', id: stage.id }} map={map} />
    </>
  );
}

/** A phase's name and colour. */
export function PhaseInspector({ phase }: { phase: Phase }) {
  const { t } = useTranslation('panels');
  return (
    <>
      <Field id="inspector-phase-name" label={t('fields.name')}>
        <CommitText id="inspector-phase-name" required maxLength={200} value={phase.name} onCommit={(name) => run([{ name: 'phase.rename', args: { id: phase.id, name } }])} />
      </Field>
      <Field id="inspector-phase-color" label={t('fields.color')}>
        <ColorField id="inspector-phase-color" value={phase.color ?? null} onChange={(color) => run([{ name: 'phase.recolor', args: { id: phase.id, color } }])} />
      </Field>
    </>
  );
}
