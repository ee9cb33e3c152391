import { describe, expect, it } from 'vitest';
import { milestoneAngle, moveIndex, placeOnWheel, polar, segmentPath } from './wheel';

describe('the annual wheel', () => {
  it('puts January at the top and goes clockwise', () => {
    expect(polar(100, 100, 50, 0)).toEqual({ x: 100, y: 50 });
    expect(polar(100, 100, 50, 90)).toEqual({ x: 150, y: 100 });
    expect(segmentPath(100, 100, 40, 50, 0, 30)).toMatch(/^M 100 50 A 50 50 0 0 1 125 56.7/);
  });

  it('spreads the milestones of a month along its segment, in month order', () => {
    expect(milestoneAngle(9, 0, 1)).toBe(255);
    expect([milestoneAngle(9, 0, 2), milestoneAngle(9, 1, 2)]).toEqual([250, 260]);
    const placed = placeOnWheel([{ month: 12, id: 'c' }, { month: 3, id: 'a' }, { month: 3, id: 'b' }]);
    expect(placed.map((p) => [p.item.id, p.angle])).toEqual([['a', 70], ['b', 80], ['c', 345]]);
  });

  it('moves with the arrow keys round the ring, and Home and End to the ends', () => {
    expect(moveIndex('ArrowRight', 2, 3)).toBe(0);
    expect(moveIndex('ArrowLeft', 0, 3)).toBe(2);
    expect(moveIndex('End', 0, 3)).toBe(2);
    expect(moveIndex('Enter', 0, 3)).toBeNull();
  });
});
