import type { GapAcceptance } from '../model/gaps';
import type { Id } from '../model/journey';
import { conflict, notFound } from './errors';
import { own, withRecord } from './fields';
import type { CommandHandlers } from './handler';

/** Accepting a gap (with a reason) and taking the acceptance back. Acceptances name gaps by key: a gap that no longer fires leaves its acceptance harmless. */
export const gapCommands: CommandHandlers<'gap'> = {
  'gap.accept': (map, { acceptances }) => {
    const next: Record<Id, GapAcceptance> = { ...map.gapAcceptances };
    const keys = new Set(Object.values(next).map((acceptance) => acceptance.gapKey));
    for (const acceptance of acceptances) {
      if (own(next, acceptance.id) || keys.has(acceptance.gapKey)) conflict('gap acceptance', acceptance.id);
      next[acceptance.id] = acceptance;
      keys.add(acceptance.gapKey);
    }
    return { map: withRecord(map, 'gapAcceptances', next), inverse: { name: 'gap.reopen', args: { ids: acceptances.map((a) => a.id) } } };
  },

  'gap.reopen': (map, { ids }) => {
    const gone = [...new Set(ids)].map((id) => own(map.gapAcceptances ?? {}, id) ?? notFound('gap acceptance', id));
    const next = { ...map.gapAcceptances };
    for (const acceptance of gone) delete next[acceptance.id];
    return { map: withRecord(map, 'gapAcceptances', next), inverse: { name: 'gap.accept', args: { acceptances: gone } } };
  },
};
