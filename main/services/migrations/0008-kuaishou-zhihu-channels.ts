import { newId } from '../../../src/model/ids';
import { BUILTIN_CHANNELS } from '../../../src/templates/builtinChannels';
import type { Migration } from './migration';

/** Built-in channels added after projects were made (issue 14): a report's 快手 and 知乎 rows match them with no hand match. */
const ADDED = ['kuaishou', 'zhihu'] as const;

/**
 * Adds the Kuaishou and Zhihu built-in channels to a project that lacks them,
 * at the end of its catalog (the user's order is kept). A project that already
 * has a channel with that built-in key, or one whose user made a channel with
 * the same icon, is left as it is.
 */
export const migration: Migration = {
  version: 8,
  name: '0008-kuaishou-zhihu-channels',
  up(db) {
    const channels = (db.prepare('SELECT data FROM channels').pluck().all() as string[]).map((data) => JSON.parse(data) as { builtin?: string; icon?: string });
    let position = (db.prepare('SELECT coalesce(max(position), -1) FROM channels').pluck().get() as number) + 1;
    const insert = db.prepare('INSERT INTO channels (id, position, data) VALUES (?, ?, ?)');
    for (const key of ADDED) {
      if (channels.some((channel) => channel.builtin === key || channel.icon === key)) continue;
      const builtin = BUILTIN_CHANNELS.find((channel) => channel.key === key);
      if (!builtin) continue;
      const id = newId();
      insert.run(id, position++, JSON.stringify({ id, builtin: key, name: '', icon: key, color: builtin.color, mode: builtin.mode, group: builtin.group }));
    }
  },
};
