// When a published survey stops taking answers: a closing date in the future, a response limit
// from 1 to 100,000, either optional. The same bounds are SQL's (public.update_survey).
import { z } from 'zod';
import type { Clock } from './clock';

export const MAX_RESPONSES_LIMIT = 100_000;

/** The form's values as typed: a datetime-local value (this browser's time) and a whole number. */
export interface SurveyLimitsText {
  closesAt: string;
  limit: string;
}

/** A datetime-local value (local time, no zone) for an ISO instant. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * The rules, "the future" read from `clock` when the values are checked; the output is what
 * update_survey takes. Error codes: `closes_at` (not a date, or not in the future), `limit`.
 */
export function surveyLimitsSchema(clock: Clock) {
  return z
    .object({ closesAt: z.string(), limit: z.string() })
    .transform((values, ctx) => {
      const closes = values.closesAt.trim() === '' ? null : new Date(values.closesAt);
      if (closes && !(closes.getTime() > clock())) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closes_at' });
      const max = values.limit.trim() === '' ? null : Number(values.limit);
      if (max !== null && !(Number.isInteger(max) && max >= 1 && max <= MAX_RESPONSES_LIMIT)) {
        ctx.addIssue({ code: 'custom', path: ['limit'], message: 'limit' });
      }
      return { closesAt: closes && !Number.isNaN(closes.getTime()) ? closes.toISOString() : null, maxResponses: max };
    });
}
