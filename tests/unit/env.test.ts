import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/config/env';

describe('parseEnv', () => {
  it('runs in local mode when no Supabase variable is set', () => {
    expect(parseEnv({})).toEqual({ mode: 'embedded' });
    expect(parseEnv({ VITE_SUPABASE_URL: '  ', VITE_SUPABASE_ANON_KEY: '' })).toEqual({ mode: 'embedded' });
  });

  it('runs in Supabase mode with a URL and a key', () => {
    expect(parseEnv({ VITE_SUPABASE_URL: 'https://abc.supabase.co', VITE_SUPABASE_ANON_KEY: 'eyJhbGciOiJIUzI1NiJ9.payload.sig' })).toEqual({
      mode: 'supabase',
      supabaseUrl: 'https://abc.supabase.co',
      supabaseAnonKey: 'eyJhbGciOiJIUzI1NiJ9.payload.sig',
    });
  });

  it.each([
    ['only the URL', { VITE_SUPABASE_URL: 'https://abc.supabase.co' }, 'VITE_SUPABASE_ANON_KEY'],
    ['only the key', { VITE_SUPABASE_ANON_KEY: 'eyJhbGciOiJIUzI1NiJ9.payload.sig' }, 'VITE_SUPABASE_URL'],
    ['a URL that is not one', { VITE_SUPABASE_URL: 'abc.supabase.co', VITE_SUPABASE_ANON_KEY: 'eyJhbGciOiJIUzI1NiJ9.payload.sig' }, 'VITE_SUPABASE_URL'],
    ['a non-http URL', { VITE_SUPABASE_URL: 'ftp://abc.supabase.co', VITE_SUPABASE_ANON_KEY: 'eyJhbGciOiJIUzI1NiJ9.payload.sig' }, 'VITE_SUPABASE_URL'],
    ['a key too short to be one', { VITE_SUPABASE_URL: 'https://abc.supabase.co', VITE_SUPABASE_ANON_KEY: 'abc' }, 'VITE_SUPABASE_ANON_KEY'],
  ])('refuses %s and names the variable', (_case, env, variable) => {
    const config = parseEnv(env);
    expect(config.mode).toBe('invalid');
    expect(config.mode === 'invalid' && config.problems.join(' ')).toContain(variable);
  });
});
