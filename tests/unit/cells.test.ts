import { describe, expect, it } from 'vitest';
import { cellPlan } from '@/domain/cells';

describe('cellPlan', () => {
  it('keeps one group up to 500 members', () => {
    expect(cellPlan(500)).toEqual({ split: false, targetSize: 500 });
    expect(cellPlan(120)).toEqual({ split: false, targetSize: 120 });
  });

  it('splits the article’s 5,000 into ten groups of 500 with ten leaders and a VIP core of 100', () => {
    expect(cellPlan(5_000)).toEqual({ split: true, targetSize: 5_000, groups: 10, groupSize: 500, leaders: 10, vipCore: 100 });
  });

  it('evens the groups out and keeps the VIP core between 50 and 100', () => {
    expect(cellPlan(1_200)).toEqual({ split: true, targetSize: 1_200, groups: 3, groupSize: 400, leaders: 3, vipCore: 50 });
    expect(cellPlan(501)).toMatchObject({ groups: 2, groupSize: 251, vipCore: 50 });
    expect(cellPlan(20_000)).toMatchObject({ groups: 40, groupSize: 500, vipCore: 100 });
    expect(cellPlan(3_500)).toMatchObject({ vipCore: 70 });
  });

  it('uses a smaller cell size when asked, within 150 to 500', () => {
    expect(cellPlan(1_200, 150)).toMatchObject({ groups: 8, groupSize: 150 });
    expect(cellPlan(1_200, 50)).toMatchObject({ groups: 8, groupSize: 150 });
    expect(cellPlan(1_200, 900)).toMatchObject({ groups: 3, groupSize: 400 });
  });
});
