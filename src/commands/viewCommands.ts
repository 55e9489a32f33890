import type { SavedView } from '../model/annotations';
import type { Id } from '../model/journey';
import { conflict, notFound } from './errors';
import { own, patchFields, withRecord } from './fields';
import type { CommandHandlers } from './handler';

/** Commands on saved views (named filters). Lanes a view hides may be deleted later: the view keeps their ids. */
export const viewCommands: CommandHandlers<'view'> = {
  'view.add': (map, { views }) => {
    const next: Record<Id, SavedView> = { ...map.views };
    for (const view of views) {
      if (own(next, view.id)) conflict('view', view.id);
      next[view.id] = view;
    }
    return { map: withRecord(map, 'views', next), inverse: { name: 'view.delete', args: { ids: views.map((view) => view.id) } } };
  },

  'view.edit': (map, { id, patch }) => {
    const views = map.views ?? {};
    const view = own(views, id) ?? notFound('view', id);
    const { next, undo } = patchFields(view, patch);
    return {
      map: next === view ? map : { ...map, views: { ...views, [id]: next } },
      inverse: { name: 'view.edit', args: { id, patch: undo } },
    };
  },

  'view.delete': (map, { ids }) => {
    const gone = [...new Set(ids)].map((id) => own(map.views ?? {}, id) ?? notFound('view', id));
    const views = { ...map.views };
    for (const view of gone) delete views[view.id];
    return { map: withRecord(map, 'views', views), inverse: { name: 'view.add', args: { views: gone } } };
  },
};
