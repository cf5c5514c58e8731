import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { checkedAgainst, type Composite, type Drift, type ReturnedRow } from '@/data/rows';
import { checkinRowSchema } from '@/domain/engagement';
import type { PublicQuestion } from '@/domain/public-survey';
import { surveyDetailSchema, surveySummarySchema, thresholdProgressSchema } from '@/domain/survey';

// The domain's schemas cannot import the generated types (the domain imports nothing from
// data), so they are held against them here: `npm run typecheck` fails on these lines when a
// migration and a schema drift apart.
checkedAgainst<ReturnedRow<'get_survey'>>()(surveyDetailSchema);
checkedAgainst<ReturnedRow<'create_survey'>>()(surveyDetailSchema);
checkedAgainst<ReturnedRow<'update_survey'>>()(surveyDetailSchema);
checkedAgainst<ReturnedRow<'save_survey_questions'>>()(surveyDetailSchema);
checkedAgainst<ReturnedRow<'publish_survey'>>()(surveyDetailSchema);
checkedAgainst<ReturnedRow<'close_survey'>>()(surveyDetailSchema);
checkedAgainst<ReturnedRow<'reopen_survey'>>()(surveyDetailSchema);
checkedAgainst<ReturnedRow<'duplicate_survey'>>()(surveyDetailSchema);
checkedAgainst<ReturnedRow<'list_my_surveys'>>()(surveySummarySchema);
// survey_results and get_public_survey return jsonb (DESIGN.md's public contract); what they
// are made of is typed: survey_results' threshold is a threshold_progress, and the public
// page's questions are survey_question rows as JSON.
checkedAgainst<Composite<'threshold_progress'>>()(thresholdProgressSchema);
checkedAgainst<ReturnedRow<'list_my_checkins'>>()(checkinRowSchema);
checkedAgainst<ReturnedRow<'save_checkin'>>()(checkinRowSchema);

describe('a schema held against the generated types', () => {
  it('is the schema itself', () => {
    const schema = z.object({ id: z.string(), updated_at: z.string() });
    expect(checkedAgainst<ReturnedRow<'save_plan_section'>>()(schema)).toBe(schema);
  });

  it('names the fields that drifted: missing, extra, of another type, deep in a nested record', () => {
    type Row = ReturnedRow<'save_plan_section'>;
    expectTypeOf<Drift<{ id: string }, Row>>().toEqualTypeOf<'updated_at'>();
    expectTypeOf<Drift<{ id: string; updated_at: string; extra: number }, Row>>().toEqualTypeOf<'extra'>();
    expectTypeOf<Drift<{ id: number; updated_at: string }, Row>>().toEqualTypeOf<'id'>();
    expectTypeOf<Drift<{ id: string; updated_at: string }, Row>>().toBeNever();
    // A comment whose author lacks its role drifts at `author`.
    type Comment = Composite<'plan_comment'>;
    type Author = { id: string; display_name: string };
    expectTypeOf<
      Drift<
        { id: string; section: string; parent_id: string | null; body: string; created_at: string; author: Author; version: number | null; resolved_at: string | null; resolved_by: Author | null },
        Comment
      >
    >().toEqualTypeOf<'author' | 'resolved_by'>();
    // @ts-expect-error: a schema without the row's updated_at is refused by the type check.
    checkedAgainst<ReturnedRow<'save_plan_section'>>()(z.object({ id: z.string() }));
  });

  it('holds the public page’s own reading of get_public_survey’s questions to the same fields, less what each proves', () => {
    expectTypeOf<Drift<PublicQuestion, Omit<Composite<'survey_question'>, 'evidence'>>>().toBeNever();
  });
});
