import { describe, expect, it } from 'vitest';
import { isStepComplete, planSteps, stepIndex } from '@/domain/plan';

describe('plan steps', () => {
  it('follow the plan of action in order', () => {
    expect(planSteps).toEqual(['niche', 'survey', 'platform', 'rituals', 'launch', 'summary']);
    expect(stepIndex('platform')).toBe(2);
  });

  it('count the niche as complete once a statement is written', () => {
    expect(isStepComplete('niche', {})).toBe(false);
    expect(isStepComplete('niche', { niche: { statement: '   ' } })).toBe(false);
    expect(isStepComplete('niche', { niche: { statement: 'yoga pour cavaliers' } })).toBe(true);
  });

  it('count the summary complete only when every section is', () => {
    expect(isStepComplete('summary', { niche: { statement: 'yoga pour cavaliers' } })).toBe(false);
  });
});
