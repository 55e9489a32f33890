import type { Formula } from './derived';
import { safeDivide } from './derived';

/** A funnel across the map's stages, left to right. */

export interface FunnelStep {
  stageId: string;
  volume: number | null;
  /** Volume of the next step / volume of this one; null on the last step or when either is missing or this one is 0. */
  conversion: number | null;
  /** 1 − conversion. */
  dropOff: number | null;
  /** Volume of this step − volume of the next. */
  dropOffCount: number | null;
  /** Volume / the first step's volume. */
  fromFirst: number | null;
}

export const FUNNEL_FORMULAS: { conversion: Formula; dropOff: Formula; fromFirst: Formula } = {
  conversion: { en: 'Step conversion = volume of the next step / volume of this step', zh: '步骤转化率 = 下一步的量 / 本步的量' },
  dropOff: { en: 'Drop-off = 1 − step conversion', zh: '流失率 = 1 − 步骤转化率' },
  fromFirst: { en: 'From first step = volume of this step / volume of the first step', zh: '总转化率 = 本步的量 / 第一步的量' },
};

const orNull = (value: number | undefined) => (value === undefined ? null : value);

/** Conversion and drop-off between consecutive steps. */
export function computeFunnel(steps: readonly { stageId: string; volume: number | null }[]): FunnelStep[] {
  const first = steps[0]?.volume ?? undefined;
  return steps.map((step, i) => {
    const volume = step.volume;
    const next = steps[i + 1]?.volume ?? undefined;
    const conversion = orNull(safeDivide(next, volume ?? undefined));
    return {
      stageId: step.stageId,
      volume,
      conversion,
      dropOff: conversion === null ? null : 1 - conversion,
      dropOffCount: volume !== null && next !== undefined ? volume - next : null,
      fromFirst: volume === null ? null : orNull(safeDivide(volume, first)),
    };
  });
}

/** Volume metrics a funnel usually counts, widest first: the default funnel metric is the first with stage values. */
export const FUNNEL_VOLUME_METRICS: readonly string[] = ['visitors', 'visits', 'leads', 'signUps', 'activations', 'conversions', 'transactions', 'payingUsers', 'clicks', 'impressions'];
