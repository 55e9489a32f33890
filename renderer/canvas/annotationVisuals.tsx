import { FireOutlined, StarOutlined, ThunderboltOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { EvidenceLevel, Moment } from '../../src/model/annotations';
import type { GapSeverity } from '../../src/model/gaps';

/**
 * Shared looks of annotations, used by the canvas, the inspector and the pain-point table:
 * one colour per severity (a cool-to-hot ramp readable by colour-blind viewers because the
 * number is always shown next to it) and one icon and colour per moment.
 */
export const SEVERITY_COLORS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: '#8c8c8c',
  2: '#faad14',
  3: '#fa8c16',
  4: '#f5222d',
  5: '#a8071a',
};

/** The colour of a severity, or undefined for a pain point not rated yet. */
export const severityColor = (severity: number | undefined): string | undefined =>
  severity === undefined ? undefined : SEVERITY_COLORS[Math.min(5, Math.max(1, Math.round(severity))) as 1 | 2 | 3 | 4 | 5];

/** Outline and badge colour of a gap's severity, on the pain-point ramp: high is red, medium orange, low gold. */
export const GAP_SEVERITY_COLORS: Record<GapSeverity, string> = {
  high: SEVERITY_COLORS[4],
  medium: SEVERITY_COLORS[3],
  low: SEVERITY_COLORS[2],
};

export const MOMENT_VISUALS: Record<Moment, { Icon: ComponentType; color: string }> = {
  truth: { Icon: StarOutlined, color: '#d48806' },
  aha: { Icon: ThunderboltOutlined, color: '#1677ff' },
  wow: { Icon: FireOutlined, color: '#eb2f96' },
};

/** Border style of a pain point by how sure we are of it: a hypothesis looks less solid than what was observed. */
export const EVIDENCE_BORDER: Record<EvidenceLevel, 'solid' | 'dashed' | 'dotted'> = {
  observed: 'solid',
  assumed: 'dashed',
  proposed: 'dotted',
};
