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
  'invalid_survey',
  'survey_not_editable',
  'survey_has_responses',
  'survey_not_ready',
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

// Maps a Postgres error (from PGlite or PostgREST) to a BackendError.
export function fromPostgresError(error: { code?: string; message?: string; detail?: string; details?: string }): BackendError {
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
