import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import enPanels from '../../../../renderer/i18n/locales/en/panels.json';
import zhPanels from '../../../../renderer/i18n/locales/zh-CN/panels.json';
import { entityPatch, moveCommand, segmentRuleSummary, withoutEmpty } from '../../../../renderer/panels/catalog/catalogEdits';

describe('entityPatch', () => {
  const persona: { id: string; name: string; role?: string; city?: string; occupation?: string } = { id: 'p1', name: 'Li Na', role: 'Buyer', city: 'Shanghai' };

  it('keeps only changed fields, trimmed', () => {
    expect(entityPatch(persona, { name: 'Li Na', role: ' Lead buyer ', city: 'Shanghai' })).toEqual({ role: 'Lead buyer' });
  });

  it('removes emptied optional fields with null and ignores fields that were empty before', () => {
    expect(entityPatch(persona, { role: '', occupation: '', city: undefined })).toEqual({ role: null, city: null });
  });

  it('never nulls a required field (a blank name keeps the old one)', () => {
    expect(entityPatch(persona, { name: '  ' }, ['name'])).toEqual({});
  });

  it('compares lists by content', () => {
    const segment = { id: 's', name: 'S', criteria: [{ field: 'tenure', operator: 'is', value: '1' }] };
    expect(entityPatch(segment, { criteria: [{ field: 'tenure', operator: 'is', value: '1' }] })).toEqual({});
    // A required list emptied by the user is a real change (the rule is removed), not "keep the old one".
    expect(entityPatch(segment, { criteria: [] }, ['criteria'])).toEqual({ criteria: [] });
    expect(entityPatch(segment, { criteria: [{ field: 'tenure', operator: 'is', value: '2' }] })).toEqual({
      criteria: [{ field: 'tenure', operator: 'is', value: '2' }],
    });
  });
});

describe('withoutEmpty', () => {
  it('drops blank and missing fields of a new entity', () => {
    expect(withoutEmpty({ id: 'p', name: ' Ann ', role: '', city: undefined })).toEqual({ id: 'p', name: 'Ann' });
  });
});

describe('moveCommand', () => {
  it('moves one place and refuses to move past either end', () => {
    expect(moveCommand('channel', ['a', 'b', 'c'], 'b', 1)).toEqual({ name: 'channel.move', args: { id: 'b', toIndex: 2 } });
    expect(moveCommand('persona', ['a', 'b'], 'a', -1)).toBeNull();
    expect(moveCommand('segment', ['a', 'b'], 'b', 1)).toBeNull();
    expect(moveCommand('segment', ['a', 'b'], 'x', 1)).toBeNull();
  });
});

describe('segmentRuleSummary', () => {
  const translator = async (lng: string) => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng, resources: { en: { panels: enPanels }, 'zh-CN': { panels: zhPanels } }, defaultNS: 'panels', interpolation: { escapeValue: false } });
    return (key: string, options: Record<string, string>) => i18n.t(key, options);
  };
  const criteria = [
    { field: 'tenure', operator: 'greaterThan', value: ' 12 months ' },
    { field: 'churnRisk', operator: 'is', value: 'high' },
  ] as const;

  it('reads every criterion, joined with "and", in both languages', async () => {
    expect(segmentRuleSummary(criteria, await translator('en'))).toBe('Tenure greater than 12 months and Churn risk is high');
    expect(segmentRuleSummary(criteria, await translator('zh-CN'))).toBe('客户时长大于 12 months，且流失风险为 high');
  });

  it('says so when there is no rule', async () => {
    expect(segmentRuleSummary([], await translator('en'))).toBe('No rule yet');
  });
});
