import { describe, expect, it } from 'vitest';
import { fixedClock } from '@/domain/clock';
import { surveyLimitsSchema, toLocalInput } from '@/domain/survey-limits';

// datetime-local values are this runtime's local time: the instants are built the same way.
const now = new Date(2026, 10, 30, 12, 0).getTime();
const schema = surveyLimitsSchema(fixedClock(now));
const issues = (closesAt: string, limit: string) => {
  const result = schema.safeParse({ closesAt, limit });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('when a published survey stops taking answers', () => {
  it('takes a date in the future and a limit from 1 to 100,000, either optional', () => {
    expect(schema.parse({ closesAt: '', limit: '' })).toEqual({ closesAt: null, maxResponses: null });
    expect(schema.parse({ closesAt: '2026-12-01T09:30', limit: '250' })).toEqual({
      closesAt: new Date(2026, 11, 1, 9, 30).toISOString(),
      maxResponses: 250,
    });
    expect(toLocalInput(new Date(2026, 11, 1, 9, 30).toISOString())).toBe('2026-12-01T09:30');
  });

  it('says which value is wrong', () => {
    expect(issues('2026-11-30T11:59', '')).toEqual(['closesAt: closes_at']);
    expect(issues('', '0')).toEqual(['limit: limit']);
    expect(issues('', '100001')).toEqual(['limit: limit']);
    expect(issues('', '2.5')).toEqual(['limit: limit']);
  });
});
