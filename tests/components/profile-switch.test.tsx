import type { PGlite } from '@electric-sql/pglite';
import type { SupabaseClient } from '@supabase/supabase-js';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/router';
import { addDays, startOfWeek } from '@/domain/calendar-date';
import type { Database } from '@/data/database.types';
import { fixedClock } from '@/domain/clock';
import { todayIn } from '@/domain/ritual-schedule';
import { runtimeTimeZone } from '@/domain/time-zone';
import { SupabaseBackend } from '@/data/supabase-backend';
import { callAs, createUser, openSnapshot } from '../support/db';
import { renderApp } from '../support/render-app';

// After a switch of profile (local mode) or of account (Supabase mode), nothing read for the
// previous person may show, not for one render: every key of user data carries the user id,
// and the wizard draft follows the session in the same task.

const PROFILE_KEY = 'noyau.localProfile';
const clock = fixedClock(Date.now());
const lastMonday = addDays(startOfWeek(todayIn(runtimeTimeZone(), clock())), -7);

const first = { name: 'Camille', statement: 'knitting for night-shift nurses', survey: 'Camille’s interest survey', members: 4371 };
const second = { name: 'Léa', statement: 'productivity for introverted freelancers', members: 58 };
const firstMarkers = [first.statement, first.survey, '4,371'];

/**
 * Watches the page from now on: records whether, once the second person's data or session shows,
 * anything of the first person's is on the page at the same time. Checked at every change of the
 * page and at every turn of the event loop (a new session changes no text by itself: a select's
 * value is a property, which no MutationObserver sees).
 */
function watchForLeaks(secondShown: () => boolean) {
  const leaks = new Set<string>();
  const check = () => {
    const text = document.body.textContent ?? '';
    if (!secondShown() && !text.includes(second.statement)) return;
    for (const marker of firstMarkers) if (text.includes(marker)) leaks.add(marker);
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  let stopped = false;
  const sample = () => {
    if (stopped) return;
    check();
    setTimeout(sample, 0);
  };
  sample();
  return {
    leaks,
    check,
    stop: () => {
      stopped = true;
      observer.disconnect();
    },
  };
}

/**
 * The database as a network would serve it: each transaction starts a turn of the event loop
 * later, so a refetch in flight leaves room for a render (an in-process PGlite answers at once).
 */
function servedLater(db: PGlite): PGlite {
  return new Proxy(db, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (prop !== 'transaction') return value.bind(target);
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

let stopWatching: (() => void) | null = null;
afterEach(() => {
  stopWatching?.();
  stopWatching = null;
});

describe('switching profile shows none of the previous profile’s data', () => {
  it('local mode (the app against an in-process PGlite)', async () => {
    const user = userEvent.setup();
    const db = await openSnapshot();
    const a = await createUser(db, first.name);
    const b = await createUser(db, second.name);
    const survey = (await callAs(db, a, 'create_survey', { p_title: first.survey, p_locale: 'en', p_intro: '', p_questions: [] })) as { id: string };
    await callAs(db, a, 'save_plan_section', { p_section: 'niche', p_data: { statement: first.statement } });
    await callAs(db, a, 'save_plan_section', { p_section: 'survey', p_data: { surveyId: survey.id } });
    await callAs(db, b, 'save_plan_section', { p_section: 'niche', p_data: { statement: second.statement } });
    for (const [who, members] of [[a, first.members], [b, second.members]] as const) {
      await callAs(db, who, 'save_checkin', {
        p_week_start: lastMonday, p_members: members, p_active_members: 10, p_conversations_total: 10,
        p_conversations_by_members: 5, p_conversations_between_members: 2, p_creator_hours: 3, p_note: '', p_replace: false,
      });
    }
    localStorage.setItem(PROFILE_KEY, a);
    renderApp('/plan/summary', { openDatabase: async () => servedLater(db), clock });

    const doc = await screen.findByRole('article', { name: 'Community plan' });
    await waitFor(() => expect(doc).toHaveTextContent(first.survey));
    await waitFor(() => expect(doc).toHaveTextContent('4,371'));
    expect(doc).toHaveTextContent(first.statement);

    const select = screen.getByRole('combobox', { name: 'Profile' });
    const watch = watchForLeaks(() => (select as HTMLSelectElement).value === b);
    stopWatching = watch.stop;
    await user.selectOptions(select, b);

    const after = await screen.findByRole('article', { name: 'Community plan' });
    await waitFor(() => expect(after).toHaveTextContent(second.statement));
    await waitFor(() => expect(within(after).getByRole('region', { name: 'Launch: engagement and growth' })).toHaveTextContent(/\b58\b/));
    watch.check();
    expect([...watch.leaks]).toEqual([]);
    expect(document.body).not.toHaveTextContent(first.survey);
  });

  it('Supabase mode (SupabaseBackend with supabase-js stood in for at its edge): another account signs in', async () => {
    const fake = fakeSupabase();
    const backend = new SupabaseBackend('https://project.supabase.co', 'anon-key-for-tests-only', fake.client);
    const router = createMemoryRouter(routes, { initialEntries: ['/plan/summary'] });
    render(
      <AppProviders config={{ mode: 'supabase', supabaseUrl: 'https://project.supabase.co', supabaseAnonKey: 'anon-key-for-tests-only' }} backend={backend} clock={clock}>
        <RouterProvider router={router} />
      </AppProviders>,
    );

    const doc = await screen.findByRole('article', { name: 'Community plan' });
    await waitFor(() => expect(doc).toHaveTextContent(first.statement));
    await waitFor(() => expect(doc).toHaveTextContent('4,371'));

    const watch = watchForLeaks(() => fake.current() === 'user-b');
    stopWatching = watch.stop;
    // Someone else signs in on this device (a code from the account page, or another tab).
    act(() => fake.signIn('user-b'));

    await waitFor(() => expect(screen.getByRole('article', { name: 'Community plan' })).toHaveTextContent(second.statement));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Launch: engagement and growth' })).toHaveTextContent(/\b58\b/));
    watch.check();
    expect([...watch.leaks]).toEqual([]);
  });
});

/** supabase-js at its edge: two accounts, each with a plan and a check-in, answered a tick later. */
function fakeSupabase() {
  type User = { id: string; email: string; is_anonymous: boolean; user_metadata: Record<string, unknown> };
  const account = (id: string, email: string): User => ({ id, email, is_anonymous: false, user_metadata: {} });
  let user = account('user-a', 'camille@example.com');
  const listeners = new Set<(event: string, session: { user: User } | null) => void>();
  const data: Record<string, { statement: string; members: number; name: string }> = {
    'user-a': { statement: first.statement, members: first.members, name: first.name },
    'user-b': { statement: second.statement, members: second.members, name: second.name },
  };
  const answer = (fn: string, who: string): unknown => {
    const mine = data[who]!;
    switch (fn) {
      case 'get_my_plan':
        return { id: `00000000-0000-4000-8000-00000000000${who === 'user-a' ? 1 : 2}`, sections: { niche: { statement: mine.statement } }, updated_at: '2026-01-01T00:00:00Z' };
      case 'list_my_checkins':
        return [{ week_start: lastMonday, members: mine.members, active_members: 10, conversations_total: 10, conversations_by_members: 5, conversations_between_members: 2, creator_hours: 3, note: '', updated_at: '2026-01-01T00:00:00Z' }];
      case 'get_my_profile':
        return { id: who, display_name: mine.name, roles: ['creator'], time_zone: 'UTC' };
      case 'get_my_plan_review':
        return { plan_id: null, comments: [], reviews: [] };
      default:
        return null;
    }
  };
  const auth = {
    getSession: async () => ({ data: { session: { user } }, error: null }),
    onAuthStateChange: (listener: (event: string, session: { user: User } | null) => void) => {
      listeners.add(listener);
      return { data: { subscription: { unsubscribe: () => listeners.delete(listener) } } };
    },
  };
  // The caller is read when the request leaves, the answer comes a tick later (as over a network).
  const rpc = (fn: string) => {
    const who = user.id;
    return new Promise((resolve) => setTimeout(() => resolve({ data: answer(fn, who), error: null }), 0));
  };
  return {
    client: { auth, rpc } as unknown as SupabaseClient<Database>,
    current: () => user.id,
    signIn: (id: string) => {
      user = account(id, `${id}@example.com`);
      listeners.forEach((listener) => listener('SIGNED_IN', { user }));
    },
  };
}
