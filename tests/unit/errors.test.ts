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

  it('passes BackendErrors through and wraps anything else', () => {
    const original = new BackendError('network');
    expect(toBackendError(original)).toBe(original);
    expect(toBackendError('boom').key).toBe('unknown');
  });
});
