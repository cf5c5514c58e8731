import { describe, expect, it } from 'vitest';
import { completedSteps, isStepComplete, launchMissing, planSteps, stepIndex, weeklyHours } from '@/domain/plan';

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
    expect(launchMissing({})).toEqual(['offer', 'price', 'conversion', 'weeklyHours', 'usesBots']);
    const launch = { offerType: 'subscription' as const, price: 0, conversionRate: 0.05 };
    const platform = { answers: { hoursPerWeek: 6 } };
    expect(launchMissing({ launch, platform })).toEqual(['price', 'usesBots']);
    expect(isStepComplete('launch', { launch, platform })).toBe(false);
    const whole = { ...launch, price: 9, usesBots: false };
    expect(launchMissing({ launch: whole })).toEqual(['weeklyHours']);
    expect(launchMissing({ launch: whole, platform })).toEqual([]);
    expect(isStepComplete('launch', { launch: whole, platform })).toBe(true);
  });

  it('ask the weekly hours once, in the platform step, and still read an older plan’s launch budget', () => {
    expect(weeklyHours({})).toBeNull();
    expect(weeklyHours({ platform: { answers: { hoursPerWeek: 4.5 } } })).toBe(4.5);
    expect(weeklyHours({ platform: { answers: { hoursPerWeek: 0 } } })).toBe(0);
    // Saved before the hours were asked once: the launch budget alone, or in both places.
    expect(weeklyHours({ launch: { hoursBudget: 6 } })).toBe(6);
    expect(weeklyHours({ platform: { answers: { kind: 'support' } }, launch: { hoursBudget: 6 } })).toBe(6);
    expect(weeklyHours({ platform: { answers: { hoursPerWeek: 3 } }, launch: { hoursBudget: 6 } })).toBe(3);
    // Cleared in the platform step: cleared, not the old budget back.
    expect(weeklyHours({ platform: { answers: { hoursPerWeek: null } }, launch: { hoursBudget: 6 } })).toBeNull();
    expect(launchMissing({ launch: { hoursBudget: 6 } })).not.toContain('weeklyHours');
  });

  it('count the completed steps once, for the summary, the coach’s list and the step indicator alike', () => {
    expect(completedSteps({})).toEqual([]);
    expect(completedSteps({ niche: { statement: 'yoga pour cavaliers' } })).toEqual(['niche']);
  });
});
