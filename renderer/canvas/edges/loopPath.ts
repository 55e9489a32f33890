/** How a backward connection loops under its cards, on the canvas and in the print view alike. */
export const LOOP_SIDE = 10;
export const LOOP_BELOW = 24;
const LOOP_RADIUS = 12;

/** A path that leaves the source to the right, runs under both cards and enters the target from the left; with its label point. */
export function loopPath(sx: number, sy: number, tx: number, ty: number, bottom: number): [string, number, number] {
  const r = Math.min(LOOP_RADIUS, LOOP_SIDE);
  const right = sx + LOOP_SIDE;
  const left = tx - LOOP_SIDE;
  const d = [
    `M ${sx} ${sy}`,
    `L ${right - r} ${sy} Q ${right} ${sy} ${right} ${sy + r}`,
    `L ${right} ${bottom - r} Q ${right} ${bottom} ${right - r} ${bottom}`,
    `L ${left + r} ${bottom} Q ${left} ${bottom} ${left} ${bottom - r}`,
    `L ${left} ${ty + r} Q ${left} ${ty} ${left + r} ${ty}`,
    `L ${tx} ${ty}`,
  ].join(' ');
  return [d, (sx + tx) / 2, bottom];
}
