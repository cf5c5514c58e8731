import { describe, expect, it } from 'vitest';
import { postVerdict, verdict, wilson, emptyPostText, parsePost, postText } from '@/domain/verdict';

describe('wilson', () => {
  it('matches published values', () => {
    // 8 of 20 at 95 %: 0.2188 – 0.6134.
    const { low, high, rate } = wilson(8, 20);
    expect(rate).toBe(0.4);
    expect(low).toBeCloseTo(0.2188, 3);
    expect(high).toBeCloseTo(0.6134, 3);
  });

  it('stays inside [0, 1] at the edges', () => {
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(10, 10).high).toBe(1);
    expect(wilson(0, 0)).toEqual({ rate: 0, low: 0, high: 1 });
  });
});

describe('verdict', () => {
  const threshold = { targetRate: 0.3, minResponses: 30 };

  it('waits for enough answers', () => {
    expect(verdict(10, 12, threshold)).toMatchObject({ state: 'not_enough', total: 12, minResponses: 30 });
  });

  it('is strong when even the low end reaches the target', () => {
    expect(verdict(30, 50, threshold).state).toBe('strong');
  });

  it('is weak when even the high end misses it', () => {
    expect(verdict(3, 60, threshold).state).toBe('weak');
  });

  it('is uncertain when the target lies inside the interval', () => {
    expect(verdict(11, 32, threshold).state).toBe('uncertain');
  });
});

describe('postVerdict', () => {
  it('counts sign-ups against reach', () => {
    const result = postVerdict({ reach: 400, comments: 25, directMessages: 6, signups: 40 }, { targetRate: 0.05, minResponses: 100 });
    expect(result).toMatchObject({ successes: 40, total: 400, state: 'strong' });
  });
});

describe('a logged test post', () => {
  it('reads as typed when every figure is valid, and shows again as it was saved', () => {
    const typed = { ...emptyPostText, reach: '400', comments: '12', directMessages: '3', signups: '40', targetRate: '2.5' };
    const post = parsePost(typed);
    expect(post).toEqual({ reach: 400, comments: 12, directMessages: 3, signups: 40, minReach: 100, targetRate: 0.025 });
    expect(postText(post!)).toEqual(typed);
    expect(postText(undefined)).toEqual(emptyPostText);
  });

  it('refuses what no post can give: a fraction, more sign-ups than reach, a target of 0 or above 100 %, no reach needed', () => {
    const valid = { ...emptyPostText, reach: '400', comments: '0', directMessages: '0', signups: '40' };
    expect(parsePost(valid)).not.toBeNull();
    expect(parsePost({ ...valid, comments: '1.5' })).toBeNull();
    expect(parsePost({ ...valid, signups: '401' })).toBeNull();
    expect(parsePost({ ...valid, targetRate: '0' })).toBeNull();
    expect(parsePost({ ...valid, targetRate: '101' })).toBeNull();
    expect(parsePost({ ...valid, minReach: '0' })).toBeNull();
    expect(parsePost({ ...valid, reach: '' })).toBeNull();
  });
});
