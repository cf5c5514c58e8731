import { afterEach, describe, expect, it, vi } from 'vitest';
import { postgrestRpc } from '@/data/public-rpc';

const URL_ = 'https://project.supabase.co';
const KEY = 'anon-key-0000000000000000';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('postgrestRpc', () => {
  // What the inline script of a Supabase build leaves (vite.config.ts, earlySurveyScript).
  const earlyCall = (slug: string, sent: Promise<Response>) =>
    vi.stubGlobal('window', { __noyauEarlyCall: { key: `${URL_}\nget_public_survey\n${JSON.stringify({ p_slug: slug })}`, sent } });

  it('hands the survey asked for by the HTML to the page’s first identical call, then asks again', async () => {
    const fetch = vi.fn(async () => json(200, { title: 'Again' }));
    vi.stubGlobal('fetch', fetch);
    earlyCall('demo-interest', Promise.resolve(json(200, { title: 'Early' })));
    const rpc = postgrestRpc(`${URL_}/`, KEY);
    expect(await rpc('get_public_survey', { p_slug: 'demo-interest' })).toEqual({ title: 'Early' });
    expect(fetch).not.toHaveBeenCalled();
    expect(await rpc('get_public_survey', { p_slug: 'demo-interest' })).toEqual({ title: 'Again' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not hand an early answer to another slug, and maps its network failure', async () => {
    const fetch = vi.fn(async () => json(200, {}));
    vi.stubGlobal('fetch', fetch);
    earlyCall('one', Promise.reject(new TypeError('Failed to fetch')));
    await postgrestRpc(URL_, KEY)('get_public_survey', { p_slug: 'other' });
    expect(fetch).toHaveBeenCalledTimes(1);
    await expect(postgrestRpc(URL_, KEY)('get_public_survey', { p_slug: 'one' })).rejects.toMatchObject({ key: 'network' });
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
