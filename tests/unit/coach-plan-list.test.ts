import { describe, expect, it } from 'vitest';
import type { CoachPlanRow } from '@/features/coach/api/coach-schemas';
import { needsReview, toCoachPlanItem, visiblePlans, type CoachPlanItem } from '@/features/coach/lib/plan-list';

function row(patch: Partial<CoachPlanRow> & { name: string }): CoachPlanRow {
  const { name, ...rest } = patch;
  return {
    plan_id: `plan-${name}`,
    client: { id: `user-${name}`, display_name: name },
    sections: {},
    shared_at: '2026-11-01T10:00:00Z',
    last_activity: '2026-11-10T10:00:00Z',
    survey: null,
    comment_count: 0,
    review: null,
    open_threads: 0,
    unread: 0,
    latest_version: null,
    waiting: false,
    ...rest,
  };
}

describe('what the coach home shows of a plan', () => {
  it('counts the steps complete by the wizard’s own rules and reads the niche', () => {
    const item = toCoachPlanItem(
      row({ name: 'Camille', sections: { niche: { statement: 'productivity for introverted freelancers' }, survey: { surveyId: '00000000-0000-4000-8000-00000000d5e1' } } }),
    );
    expect(item.niche).toBe('productivity for introverted freelancers');
    expect(item.stepsDone).toEqual(['niche', 'survey']);
  });

  it('leaves out a section it cannot read instead of failing', () => {
    const item = toCoachPlanItem(row({ name: 'Camille', sections: { niche: { statement: 42 } } }));
    expect(item.niche).toBe('');
    expect(item.stepsDone).toEqual([]);
  });

  it('gives the survey’s verdict, else the test post’s, else none', () => {
    const survey = toCoachPlanItem(
      row({ name: 'A', survey: { id: 's', title: 'T', hypothesis: '', status: 'published', responses: 30, threshold: { question_id: null, successes: 25, total: 30, target_rate: 0.4, min_responses: 10 }, evidence: 'commitment' } }),
    );
    expect(survey).toMatchObject({ evidence: 'survey', responses: 30, verdict: { state: 'strong' } });
    const few = toCoachPlanItem(
      row({ name: 'B', survey: { id: 's', title: 'T', hypothesis: '', status: 'published', responses: 3, threshold: { question_id: null, successes: 3, total: 3, target_rate: 0.4, min_responses: 10 }, evidence: 'commitment' } }),
    );
    expect(few.verdict?.state).toBe('not_enough');
    const noThreshold = toCoachPlanItem(row({ name: 'C', survey: { id: 's', title: 'T', hypothesis: '', status: 'draft', responses: 0, threshold: null, evidence: null } }));
    expect(noThreshold).toMatchObject({ evidence: 'survey', verdict: null });
    const post = toCoachPlanItem(
      row({ name: 'D', sections: { survey: { post: { reach: 400, comments: 12, directMessages: 3, signups: 2, targetRate: 0.05, minReach: 100 } } } }),
    );
    expect(post).toMatchObject({ evidence: 'post', responses: null, verdict: { state: 'weak' } });
    expect(toCoachPlanItem(row({ name: 'E' }))).toMatchObject({ evidence: 'none', verdict: null });
  });
});

describe('sorting and filtering the clients', () => {
  const items: CoachPlanItem[] = [
    toCoachPlanItem(row({ name: 'Zoé', last_activity: '2026-11-20T10:00:00Z', sections: { niche: { statement: 'trail runners over forty' } } })),
    toCoachPlanItem(
      row({ name: 'amir', last_activity: '2026-11-05T10:00:00Z', review: { status: 'approved', updated_at: '2026-11-06T10:00:00Z', version: 1 }, sections: { niche: { statement: 'weekend bakers' }, survey: { surveyId: '00000000-0000-4000-8000-00000000d5e1' } } }),
    ),
    toCoachPlanItem(row({ name: 'Élodie', last_activity: '2026-11-12T10:00:00Z', review: { status: 'needs_work', updated_at: '2026-11-11T10:00:00Z', version: 1 } })),
    toCoachPlanItem(row({ name: 'Bob', last_activity: '2026-11-01T10:00:00Z', review: { status: 'needs_work', updated_at: '2026-11-02T10:00:00Z', version: 1 } })),
  ];
  const names = (list: CoachPlanItem[]) => list.map((i) => i.clientName);
  const base = { sort: 'activity' as const, filter: 'all' as const, search: '', locale: 'fr' };

  it('sorts by last activity, name (accents and case aside), progress or review status', () => {
    expect(names(visiblePlans(items, base))).toEqual(['Zoé', 'Élodie', 'amir', 'Bob']);
    expect(names(visiblePlans(items, { ...base, sort: 'client' }))).toEqual(['amir', 'Bob', 'Élodie', 'Zoé']);
    expect(names(visiblePlans(items, { ...base, sort: 'progress' }))).toEqual(['amir', 'Zoé', 'Élodie', 'Bob']);
    // To review first (never reviewed, or changed since), then needs work, then approved.
    expect(names(visiblePlans(items, { ...base, sort: 'status' }))).toEqual(['Zoé', 'Élodie', 'Bob', 'amir']);
  });

  it('filters by review status: to review means new or changed since the review', () => {
    expect(items.map(needsReview)).toEqual([true, false, true, false]);
    expect(names(visiblePlans(items, { ...base, filter: 'to_review' }))).toEqual(['Zoé', 'Élodie']);
    expect(names(visiblePlans(items, { ...base, filter: 'needs_work' }))).toEqual(['Élodie', 'Bob']);
    expect(names(visiblePlans(items, { ...base, filter: 'approved' }))).toEqual(['amir']);
  });

  it('opens on those waiting for the coach, then the latest activity', () => {
    const waiting = [...items, toCoachPlanItem(row({ name: 'Inès', last_activity: '2026-10-01T10:00:00Z', waiting: true, latest_version: 2, unread: 1 }))];
    expect(names(visiblePlans(waiting, { ...base, sort: 'waiting' }))).toEqual(['Inès', 'Zoé', 'Élodie', 'amir', 'Bob']);
    expect(names(visiblePlans(waiting, { ...base, filter: 'to_review' }))).toEqual(['Zoé', 'Élodie', 'Inès']);
  });

  it('searches client names and niches, every word', () => {
    expect(names(visiblePlans(items, { ...base, search: 'BAKERS' }))).toEqual(['amir']);
    expect(names(visiblePlans(items, { ...base, search: 'trail forty' }))).toEqual(['Zoé']);
    expect(names(visiblePlans(items, { ...base, search: 'trail bakers' }))).toEqual([]);
  });
});
