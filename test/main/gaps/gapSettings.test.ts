import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GapSettings } from '../../../src/model/gaps';
import { importFixture, type ImportFixture } from '../import/importSupport';

describe('gap settings of a project', () => {
  let f: ImportFixture;
  beforeEach(async () => {
    f = await importFixture();
  });
  afterEach(async () => {
    await f.dispose();
  });

  it('are {} until saved, then replaced as a whole, kept with fields from newer apps, and found after a reopen', async () => {
    expect(await f.call('gaps.settings', { projectId: f.projectId })).toEqual({});
    const first: GapSettings = { disabledRules: ['orphanProcess', 'funnelDropOff'], handoffThreshold: 4, emotionLowThreshold: -2 };
    expect(await f.call('gaps.saveSettings', { projectId: f.projectId, settings: first })).toEqual(first);
    const second = { funnelDropOffMin: 0.5, futureRuleOption: { strict: true } };
    expect(await f.call('gaps.saveSettings', { projectId: f.projectId, settings: second })).toEqual(second);
    await f.reopen();
    expect(await f.call('gaps.settings', { projectId: f.projectId })).toEqual(second);
  });

  it('refuses malformed settings naming the field, and keeps the saved ones', async () => {
    const saved = { handoffThreshold: 3 };
    await f.call('gaps.saveSettings', { projectId: f.projectId, settings: saved });
    const bad: [unknown, string][] = [
      [{ handoffThreshold: -1 }, 'settings.handoffThreshold'],
      [{ emotionLowThreshold: 1 }, 'settings.emotionLowThreshold'],
      [{ funnelDropOffMin: 1.5 }, 'settings.funnelDropOffMin'],
      [{ disabledRules: ['noSuchRule'] }, 'settings.disabledRules.0'],
      [{ slowTransitionDays: 'slow' }, 'settings.slowTransitionDays'],
    ];
    for (const [settings, field] of bad) {
      const error = await f.refused('gaps.saveSettings', { projectId: f.projectId, settings } as never);
      expect(error).toMatchObject({ code: 'BAD_REQUEST', params: { field } });
      expect(error.message).toContain(field);
    }
    expect(await f.call('gaps.settings', { projectId: f.projectId })).toEqual(saved);
    expect(await f.refused('gaps.settings', { projectId: 'closed' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
