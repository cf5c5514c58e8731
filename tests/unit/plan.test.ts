import { describe, expect, it } from 'vitest';
import { completedSteps, isStepComplete, launchMissing, planSteps, stepIndex } from '@/domain/plan';

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

  it('say what the Launch step still lacks, and complete it when nothing does (check-ins are not required)', () => {
    expect(launchMissing(undefined)).toEqual(['offer', 'price', 'conversion', 'hoursBudget', 'usesBots']);
    const launch = { offerType: 'subscription' as const, price: 0, conversionRate: 0.05, hoursBudget: 6 };
    expect(launchMissing(launch)).toEqual(['price', 'usesBots']);
    expect(isStepComplete('launch', { launch })).toBe(false);
    const whole = { ...launch, price: 9, usesBots: false };
    expect(launchMissing(whole)).toEqual([]);
    expect(isStepComplete('launch', { launch: whole })).toBe(true);
  });

  it('count the completed steps once, for the summary, the coach’s list and the step indicator alike', () => {
    expect(completedSteps({})).toEqual([]);
    expect(completedSteps({ niche: { statement: 'yoga pour cavaliers' } })).toEqual(['niche']);
  });
});
