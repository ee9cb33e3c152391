/**
 * The geometry of the annual wheel: twelve month segments round a circle, January at the top, clockwise, and the
 * milestones of each month spread along its segment. Pure, so the numbers can be tested.
 */
export interface WheelPoint {
  x: number;
  y: number;
}

/** Where on a circle of radius `r` round (cx, cy) an angle lies (0° at the top, clockwise). */
export function polar(cx: number, cy: number, r: number, degrees: number): WheelPoint {
  const rad = ((degrees - 90) * Math.PI) / 180;
  return { x: Math.round((cx + r * Math.cos(rad)) * 100) / 100, y: Math.round((cy + r * Math.sin(rad)) * 100) / 100 };
}

/** The SVG path of a ring segment from `from`° to `to`° between two radii. */
export function segmentPath(cx: number, cy: number, inner: number, outer: number, from: number, to: number): string {
  const a = polar(cx, cy, outer, from);
  const b = polar(cx, cy, outer, to);
  const c = polar(cx, cy, inner, to);
  const d = polar(cx, cy, inner, from);
  const large = to - from > 180 ? 1 : 0;
  return `M ${a.x} ${a.y} A ${outer} ${outer} 0 ${large} 1 ${b.x} ${b.y} L ${c.x} ${c.y} A ${inner} ${inner} 0 ${large} 0 ${d.x} ${d.y} Z`;
}

/** The angle of the `index`-th of `count` milestones in `month` (1–12): spread evenly within the month's 30°. */
export function milestoneAngle(month: number, index: number, count: number): number {
  const start = (month - 1) * 30;
  return start + ((index + 1) * 30) / (count + 1);
}

/** The milestones placed on the wheel, in month order, each with its angle. */
export function placeOnWheel<T extends { month: number }>(items: readonly T[]): { item: T; angle: number }[] {
  const byMonth = new Map<number, T[]>();
  for (const item of items) byMonth.set(item.month, [...(byMonth.get(item.month) ?? []), item]);
  return [...byMonth.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([month, list]) => list.map((item, i) => ({ item, angle: milestoneAngle(month, i, list.length) })));
}

/** The next index when moving with a key through `count` items in a ring; null for keys that do not move. */
export function moveIndex(key: string, index: number, count: number): number | null {
  if (!count) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
