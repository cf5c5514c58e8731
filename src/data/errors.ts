// Every error the UI can show comes back as a BackendError carrying one of these keys,
// whichever adapter raised it. SQL raises the contract keys (SQLSTATE P0001, message = key).
export const errorKeys = [
  'not_authenticated',
  'invalid_section',
  'section_too_large',
  'niche_too_long',
  'invalid_profile',
  'invalid_time_zone',
  'survey_not_found',
  'survey_closed',
  'invalid_answers',
  'invalid_respondent_key',
  'invalid_email',
  'consent_required',
  'rate_limited',
  'invalid_survey',
  'survey_not_editable',
  'survey_has_responses',
  'survey_not_ready',
  // Learning cards (supabase/migrations/20261201000500_learning_cards.sql).
  'survey_not_ended',
  'learning_card_exists',
  'invalid_learning_card',
  'invalid_checkin',
  'checkin_in_future',
  'checkin_duplicate_week',
  'checkin_not_found',
  // Coach review (supabase/migrations/20261126170100_coach_functions.sql).
  'invitation_invalid',
  'invitation_own',
  'invitation_limit',
  'not_a_coach',
  'coach_needs_email',
  'coach_access_revoked',
  'coach_link_not_found',
  'plan_not_found',
  'invalid_comment',
  'comment_too_long',
  'invalid_review',
  'no_coach',
  'review_up_to_date',
  'version_limit',
  'invalid_review_request',
  'no_review_request',
  'version_outdated',
  'invalid_inbox',
  // Accounts (Supabase Auth, mapped in supabase-backend.ts).
  'auth_code_invalid',
  'auth_email_taken',
  'auth_rate_limited',
  'auth_failed',
  'forbidden',
  'network',
  'database_unavailable',
  'unknown',
] as const;

export type ErrorKey = (typeof errorKeys)[number];

export class BackendError extends Error {
  override readonly name = 'BackendError';
  constructor(
    readonly key: ErrorKey,
    readonly detail?: string,
  ) {
    super(detail ? `${key}: ${detail}` : key);
  }
}

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === 'string' && (errorKeys as readonly string[]).includes(value);
}

type PostgresError = { code?: string; message?: string; detail?: string; details?: string };

// What Postgres raises while it reads a call's arguments, before the function's body runs, so no
// SQL check can turn it into a key: NUL (22P05 in JSON, 22021 in text), a lone surrogate or a
// malformed value (22P02), nesting past the parser's stack (54001); and PostgREST's own refusal of
// a body it cannot parse (PGRST102), which happens before Postgres is asked anything.
const argumentErrorCodes = new Set(['22P05', '22021', '22P02', '54001', 'PGRST102']);

// The contract's key for malformed input, per function that takes client JSON or long text.
const malformedInputKeys: Partial<Record<string, ErrorKey>> = {
  submit_response: 'invalid_answers',
  get_public_survey: 'survey_not_found',
  save_plan_section: 'invalid_section',
  create_survey: 'invalid_survey',
  update_survey: 'invalid_survey',
  save_survey_questions: 'invalid_survey',
  save_learning_card: 'invalid_learning_card',
};

/** The key a function gives to arguments Postgres could not read, if it has one. */
export function malformedInputKey(fn: string): ErrorKey | undefined {
  return malformedInputKeys[fn];
}

/**
 * The error as the contract states it (SQLSTATE P0001, message = key): an argument Postgres
 * refused before the call becomes the function's malformed-input key; anything else is unchanged.
 */
export function asContractError<E extends PostgresError>(fn: string, error: E): E | Required<Pick<PostgresError, 'code' | 'message' | 'detail'>> {
  const key = malformedInputKey(fn);
  if (key && error.code && argumentErrorCodes.has(error.code)) {
    return { code: 'P0001', message: key, detail: error.detail ?? error.details ?? error.message ?? key };
  }
  return error;
}

// Maps a Postgres error (from PGlite or PostgREST) to a BackendError; with the function's name,
// arguments Postgres could not read map to that function's key (asContractError).
export function fromPostgresError(raw: PostgresError, fn?: string): BackendError {
  const error: PostgresError = fn ? asContractError(fn, raw) : raw;
  const detail = error.detail ?? error.details ?? error.message;
  if (error.code === 'P0001' && isErrorKey(error.message)) return new BackendError(error.message, detail);
  if (error.code === '42501') return new BackendError('forbidden', detail);
  return new BackendError('unknown', detail);
}

export function toBackendError(error: unknown): BackendError {
  if (error instanceof BackendError) return error;
  if (error && typeof error === 'object' && ('code' in error || 'message' in error)) {
    return fromPostgresError(error as { code?: string; message?: string; detail?: string });
  }
  return new BackendError('unknown', String(error));
}
