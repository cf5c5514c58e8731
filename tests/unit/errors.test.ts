import { describe, expect, it } from 'vitest';
import { BackendError, fromPostgresError, toBackendError } from '@/data/errors';

describe('fromPostgresError', () => {
  it('keeps a contract key raised with P0001, with its sentence as detail', () => {
    const error = fromPostgresError({ code: 'P0001', message: 'survey_closed', detail: 'The survey is closed.' });
    expect(error).toBeInstanceOf(BackendError);
    expect(error.key).toBe('survey_closed');
    expect(error.detail).toBe('The survey is closed.');
  });

  it('reads PostgREST’s "details" as well as Postgres’ "detail"', () => {
    expect(fromPostgresError({ code: 'P0001', message: 'invalid_email', details: 'No.' }).detail).toBe('No.');
  });

  it('maps a permission error to forbidden and anything else to unknown', () => {
    expect(fromPostgresError({ code: '42501', message: 'permission denied for table plans' }).key).toBe('forbidden');
    expect(fromPostgresError({ code: 'P0001', message: 'not a key' }).key).toBe('unknown');
    expect(fromPostgresError({ code: '23505', message: 'duplicate key' }).key).toBe('unknown');
  });

  it('gives arguments Postgres could not read the function’s malformed-input key (PostgREST and PGlite alike)', () => {
    // NUL in JSON, NUL in text, a lone surrogate, nesting past the parser's stack.
    for (const code of ['22P05', '22021', '22P02', '54001', 'PGRST102']) {
      expect(fromPostgresError({ code, message: 'refused while reading the argument' }, 'submit_response').key).toBe('invalid_answers');
    }
    expect(fromPostgresError({ code: '54001', message: 'stack depth limit exceeded' }, 'save_plan_section').key).toBe('invalid_section');
    expect(fromPostgresError({ code: '22021', message: 'invalid byte sequence' }, 'get_public_survey').key).toBe('survey_not_found');
    // Without a function that names a key, nothing is guessed.
    expect(fromPostgresError({ code: '22P02', message: 'invalid input syntax for type uuid' }, 'survey_results').key).toBe('unknown');
    expect(fromPostgresError({ code: '22P02', message: 'invalid input syntax' }).key).toBe('unknown');
  });

  it('knows rate_limited, the stuffing guard’s key', () => {
    expect(fromPostgresError({ code: 'P0001', message: 'rate_limited' }, 'submit_response').key).toBe('rate_limited');
  });

  it('passes BackendErrors through and wraps anything else', () => {
    const original = new BackendError('network');
    expect(toBackendError(original)).toBe(original);
    expect(toBackendError('boom').key).toBe('unknown');
  });
});
