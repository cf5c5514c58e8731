import * as z from 'zod/mini';
import { NICHE_STATEMENT_MAX } from './niche-lint';
import { evidenceLevels, thresholdProgressSchema } from './survey';
import { cleanText } from './text-rules';

// A learning card closes a test, once the survey has ended (closed by the creator, or past its
// closing date or response limit): what we believed (the survey's test card), what we observed
// (the counts when the card was written, copied by SQL from the survey's tallies), what we
// learned (the creator's words) and the decision. "Narrow the niche" gives the niche statement a
// new version, kept with the card that led to it. The same bounds hold in SQL
// (supabase/migrations/20261201000500_learning_cards.sql).

export const learningDecisions = ['persevere', 'narrow', 'retest'] as const;
export type LearningDecision = (typeof learningDecisions)[number];

export const LEARNED_MAX = 1000;

/** The codes learningCardIssues gives, each with its message in the catalogues. */
export const learningCardErrorCodes = ['learned_required', 'learned_too_long', 'statement_required', 'statement_too_long'] as const;
export type LearningCardErrorCode = (typeof learningCardErrorCodes)[number];

/** What is wrong with a card before it is sent, field by field, as SQL will judge it. */
export function learningCardIssues(values: { learned: string; decision: LearningDecision; nicheStatement?: string | undefined }) {
  const issues: { path: 'learned' | 'nicheStatement'; code: LearningCardErrorCode }[] = [];
  const learned = cleanText(values.learned);
  if (learned === '') issues.push({ path: 'learned', code: 'learned_required' });
  else if (learned.length > LEARNED_MAX) issues.push({ path: 'learned', code: 'learned_too_long' });
  if (values.decision === 'narrow') {
    const statement = cleanText(values.nicheStatement ?? '');
    if (statement === '') issues.push({ path: 'nicheStatement', code: 'statement_required' });
    else if (statement.length > NICHE_STATEMENT_MAX) issues.push({ path: 'nicheStatement', code: 'statement_too_long' });
  }
  return issues;
}

/** A card as the API gives it (public.learning_card); threshold is null for a survey without one. */
export const learningCardSchema = z.object({
  id: z.string(),
  survey_id: z.string(),
  survey_title: z.string(),
  hypothesis: z.string(),
  responses: z.number(),
  threshold: z.nullable(thresholdProgressSchema),
  /** What the counted answers proved when the card was written (null without a threshold). */
  evidence: z.nullable(z.enum(evidenceLevels)),
  learned: z.string(),
  decision: z.enum(learningDecisions),
  /** For "narrow": the statement before and after. */
  niche_before: z.nullable(z.string()),
  niche_after: z.nullable(z.string()),
  created_at: z.string(),
});
export type LearningCard = z.infer<typeof learningCardSchema>;

/** A version of the niche statement (public.niche_version): version 1 has no survey behind it. */
export const nicheVersionSchema = z.object({
  version: z.number(),
  statement: z.string(),
  survey_id: z.nullable(z.string()),
  survey_title: z.nullable(z.string()),
  created_at: z.string(),
});
export type NicheVersion = z.infer<typeof nicheVersionSchema>;
