/** A tiny trend line (no axes): the badge popover and the metrics-lane tile show the last points of a series. */
export function Sparkline({ values, width, height, color = '#1677ff', label }: { values: readonly number[]; width: number; height: number; color?: string; label?: string }) {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) return null;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const range = max - min || 1;
  const step = width / (finite.length - 1);
  const y = (v: number) => (max === min ? height / 2 : height - 2 - ((v - min) / range) * (height - 4));
  const points = finite.map((v, i) => `${(i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = finite.length - 1;
  return (
    <svg className="jc-sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true} data-testid="sparkline" data-points={finite.length}>
      <polyline points={points} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={last * step} cy={y(finite[last] as number)} r={2} fill={color} />
    </svg>
  );
}
