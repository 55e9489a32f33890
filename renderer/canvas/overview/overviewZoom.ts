/** Card titles are drawn at 13 px (canvas.css .jc-card__title). */
const CARD_TITLE_FONT_PX = 13;
/** Below about 6 screen pixels a title cannot be read. */
const READABLE_TITLE_PX = 6;

/**
 * Below this zoom (6 / 13 = 0.46) card titles cannot be read, so cards are
 * not React nodes: the overview layer draws them.
 */
export const OVERVIEW_ZOOM = READABLE_TITLE_PX / CARD_TITLE_FONT_PX;

/**
 * Maps with at most this many cards keep their card nodes at every zoom: a
 * few hundred cards mount quickly, and their badges, connections and menus
 * stay where the user is used to them. The overview layer is for maps whose
 * cards cannot all be nodes at once.
 */
export const OVERVIEW_MIN_CARDS = 250;

/** True when cards are drawn by the overview layer rather than mounted as React nodes. */
export const showsOverview = (zoom: number, cardCount: number): boolean => zoom < OVERVIEW_ZOOM && cardCount > OVERVIEW_MIN_CARDS;
