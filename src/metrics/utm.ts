/**
 * UTM fields of a touchpoint's URL: read them, write them back without
 * touching the URL's other parameters, and match them against imported rows.
 */

export interface UtmFields {
  source?: string;
  medium?: string;
  campaign?: string;
  term?: string;
  content?: string;
}

export const UTM_FIELDS = ['source', 'medium', 'campaign', 'term', 'content'] as const satisfies readonly (keyof UtmFields)[];
type UtmField = (typeof UTM_FIELDS)[number];

const FIELD_OF_PARAM = new Map<string, UtmField>(UTM_FIELDS.map((field) => [`utm_${field}`, field]));

/** Splits a URL into what comes before the query, the query (without "?") and the fragment (with "#"). */
function splitUrl(url: string): { head: string; query: string; fragment: string } {
  const hashAt = url.indexOf('#');
  const fragment = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  return queryAt >= 0
    ? { head: beforeHash.slice(0, queryAt), query: beforeHash.slice(queryAt + 1), fragment }
    : { head: beforeHash, query: '', fragment };
}

function decodeParam(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * The utm_* parameters of an absolute or relative URL (or a bare query
 * string): keys case-insensitive, values decoded with "+" as a space. The first
 * occurrence of a key wins; empty or undecodable values are left out.
 */
export function parseUtm(url: string): UtmFields {
  const fields: UtmFields = {};
  const { query } = splitUrl(url.trim());
  if (!query) return fields;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const field = FIELD_OF_PARAM.get(decodeParam(pair.slice(0, eq))?.trim().toLowerCase() ?? '');
    if (!field || fields[field] !== undefined) continue;
    const value = decodeParam(pair.slice(eq + 1));
    if (value) fields[field] = value;
  }
  return fields;
}

/**
 * `base` with the given utm fields: other parameters and the #fragment are
 * kept as written, a field given replaces the URL's utm_* parameter of that
 * name, a field given as '' removes it, an absent field leaves it alone. Utm
 * parameters come last, in the order source, medium, campaign, term, content.
 */
export function buildUtmUrl(base: string, fields: UtmFields): string {
  const { head, query, fragment } = splitUrl(base.trim());
  const kept: string[] = [];
  const existing = new Map<UtmField, string>();
  for (const pair of query ? query.split('&') : []) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const field = FIELD_OF_PARAM.get((decodeParam(eq >= 0 ? pair.slice(0, eq) : pair) ?? '').trim().toLowerCase());
    if (field === undefined) kept.push(pair);
    else if (!existing.has(field)) existing.set(field, pair);
  }
  for (const field of UTM_FIELDS) {
    const value = fields[field];
    if (value === undefined) {
      const pair = existing.get(field);
      if (pair !== undefined) kept.push(pair);
    } else if (value !== '') kept.push(`utm_${field}=${encodeURIComponent(value)}`);
  }
  return `${head}${kept.length ? `?${kept.join('&')}` : ''}${fragment}`;
}

const norm = (text: string | undefined) => (text ?? '').trim().toLowerCase();

/** Whether a row's utm source/medium/campaign fit a URL's fields: absent or blank target fields match anything; compared trimmed and case-insensitively. */
export function utmMatches(target: { source?: string; medium?: string; campaign?: string }, fields: UtmFields): boolean {
  for (const field of ['source', 'medium', 'campaign'] as const) {
    const wanted = norm(target[field]);
    if (wanted && wanted !== norm(fields[field])) return false;
  }
  return true;
}
