import { afterEach, describe, expect, it, vi } from 'vitest';
import { postgrestRpc, startEarlyCall } from '@/data/public-rpc';

const URL_ = 'https://project.supabase.co';
const KEY = 'anon-key-0000000000000000';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('postgrestRpc', () => {
  it('hands the survey asked for by the first script to the page’s first identical call, then asks again', async () => {
    const fetch = vi.fn(async () => json(200, { title: 'Early' }));
    vi.stubGlobal('fetch', fetch);
    startEarlyCall(URL_, KEY, 'get_public_survey', { p_slug: 'demo-interest' });
    const rpc = postgrestRpc(URL_, KEY);
    expect(await rpc('get_public_survey', { p_slug: 'demo-interest' })).toEqual({ title: 'Early' });
    expect(fetch).toHaveBeenCalledTimes(1);
    await rpc('get_public_survey', { p_slug: 'demo-interest' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('does not hand an early answer to another slug', async () => {
    const fetch = vi.fn(async () => json(200, {}));
    vi.stubGlobal('fetch', fetch);
    startEarlyCall(URL_, KEY, 'get_public_survey', { p_slug: 'one' });
    await postgrestRpc(URL_, KEY)('get_public_survey', { p_slug: 'other' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('maps what Postgres refused while reading the arguments to the function’s key', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(400, { code: '54001', message: 'stack depth limit exceeded' })));
    await expect(postgrestRpc(URL_, KEY)('submit_response', { p_answers: {} })).rejects.toMatchObject({ key: 'invalid_answers' });
  });

  it('says network when the request cannot be made', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(postgrestRpc(URL_, KEY)('get_public_survey', { p_slug: 'x' })).rejects.toMatchObject({ key: 'network' });
  });
});
