// Every error the UI can show comes back as a BackendError carrying one of these keys,
// whichever adapter raised it. SQL raises the contract keys (SQLSTATE P0001, message = key).
export const errorKeys = [
  'not_authenticated',
  'invalid_section',
  'section_too_large',
  'niche_too_long',
  'invalid_profile',
  'survey_not_found',
  'survey_closed',
  'invalid_answers',
  'invalid_respondent_key',
  'invalid_email',
  'consent_required',
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
