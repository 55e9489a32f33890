import type { MapPagePlan, SizeMm } from '../../src/export/pages';

/**
 * The @page rules of one export. Sheets (title page, map pages, legend) are
 * drawn edge to edge at the paper's exact size on pages without margins, so
 * crop marks and tile labels can sit in the margin; appendices flow on pages
 * with the chosen margin so long tables break by themselves. A poster gets a
 * named page of its own size (Chromium gives every named page its own PDF
 * page size with preferCSSPageSize).
 */
export function pageCss(paper: SizeMm, marginMm: number, plan: MapPagePlan | null): string {
  const size = (s: SizeMm) => `${mm(s.widthMm)} ${mm(s.heightMm)}`;
  const rules = [
    `@page { size: ${size(paper)}; margin: ${mm(marginMm)}; }`,
    `@page sheet { size: ${size(paper)}; margin: 0; }`,
    `@page flow { size: ${size(paper)}; margin: ${mm(marginMm)}; }`,
  ];
  if (plan?.mode === 'poster') rules.push(`@page poster { size: ${size(plan.page)}; margin: 0; }`);
  return rules.join('\n');
}

/** A length in millimetres for CSS, rounded to a micrometre so no float noise reaches the page size. */
export const mm = (value: number): string => `${Math.round(value * 1000) / 1000}mm`;
