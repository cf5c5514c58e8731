import type { SupabaseClient } from '@supabase/supabase-js';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/router';
import type { Database } from '@/data/database.types';
import { authErrorKey, SupabaseBackend } from '@/data/supabase-backend';

// Supabase mode's accounts. No Supabase project can be reached from the tests, so supabase-js is
// replaced AT ITS EDGE ONLY by the stand-in below: it keeps one user the way Supabase Auth does
// (anonymous sign-in, updateUser({ email }) keeping the user id, one-time codes) and answers the
// few RPCs the pages call. Everything else is real: SupabaseBackend, the account page, the app
// shell. The SQL rules those RPCs stand for are tested on PGlite and PostgreSQL (tests/db,
// supabase/tests/database).

type FakeUser = { id: string; email: string; is_anonymous: boolean; user_metadata: Record<string, unknown> };
const GOOD_CODE = '123456';

function fakeSupabase() {
  let user: FakeUser | null = null;
  let pendingEmail: string | null = null;
  let anonymousCount = 0;
  const profiles = new Map<string, { display_name: string; roles: string[] }>();
  const listeners = new Set<(event: string, session: { user: FakeUser } | null) => void>();
  const calls: string[] = [];
  const emit = (event: string) => listeners.forEach((listener) => listener(event, user ? { user } : null));
  const badCode = { name: 'AuthApiError', code: 'otp_expired', status: 403, message: 'Token has expired or is invalid' };

  const auth = {
    getSession: async () => ({ data: { session: user ? { user } : null }, error: null }),
    signInAnonymously: async () => {
      anonymousCount += 1;
      user = { id: `guest-${anonymousCount}`, email: '', is_anonymous: true, user_metadata: {} };
      calls.push('signInAnonymously');
      emit('SIGNED_IN');
      return { data: { user, session: { user } }, error: null };
    },
    updateUser: async ({ email }: { email: string }) => {
      calls.push(`updateUser ${email}`);
      pendingEmail = email;
      return { data: { user }, error: null };
    },
    signInWithOtp: async ({ email }: { email: string }) => {
      calls.push(`signInWithOtp ${email}`);
      return { data: {}, error: null };
    },
    verifyOtp: async ({ email, token, type }: { email: string; token: string; type: string }) => {
      calls.push(`verifyOtp ${type} ${email} ${token}`);
      if (token !== GOOD_CODE) return { data: {}, error: badCode };
      if (type === 'email_change' && user && email === pendingEmail) {
        // The same user, now with an email: what keeps the guest's plan.
        user = { ...user, email, is_anonymous: false };
        emit('USER_UPDATED');
      } else {
        user = { id: 'account-1', email, is_anonymous: false, user_metadata: {} };
        emit('SIGNED_IN');
      }
      return { data: { user, session: { user } }, error: null };
    },
    refreshSession: async () => ({ data: { session: user ? { user } : null }, error: null }),
    signOut: async () => {
      calls.push('signOut');
      user = null;
      emit('SIGNED_OUT');
      return { error: null };
    },
    onAuthStateChange: (listener: (event: string, session: { user: FakeUser } | null) => void) => {
      listeners.add(listener);
      return { data: { subscription: { unsubscribe: () => listeners.delete(listener) } } };
    },
  };

  // The RPCs the account page and the app shell make, as the SQL answers them.
  const rpc = async (fn: string, args: Record<string, unknown>) => {
    const id = user!.id;
    switch (fn) {
      case 'get_my_profile': {
        const profile = profiles.get(id) ?? { display_name: '', roles: ['creator'] };
        return { data: { id, ...profile }, error: null };
      }
      case 'save_my_profile': {
        const roles = args.p_roles as string[];
        if (roles.includes('coach') && user!.is_anonymous) {
          return { data: null, error: { code: 'P0001', message: 'coach_needs_email', details: 'Coaches sign in with an email address.' } };
        }
        profiles.set(id, { display_name: String(args.p_display_name), roles });
        return { data: { id, ...profiles.get(id)! }, error: null };
      }
      default:
        return { data: null, error: null };
    }
  };

  return {
    client: { auth, rpc } as unknown as SupabaseClient<Database>,
    calls,
    current: () => user,
  };
}

function renderSupabase(path: string) {
  const fake = fakeSupabase();
  const backend = new SupabaseBackend('https://project.supabase.co', 'anon-key-for-tests-only', fake.client);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders config={{ mode: 'supabase', supabaseUrl: 'https://project.supabase.co', supabaseAnonKey: 'anon-key-for-tests-only' }} backend={backend}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...fake, backend };
}

describe('accounts in Supabase mode (supabase-js stood in for at its edge)', () => {
  it('keeps a guest’s plan by adding an email: same user id, then a full account', async () => {
    const user = userEvent.setup();
    const fake = renderSupabase('/account');
    const guest = await screen.findByRole('region', { name: 'Keep your plan: add your email' });
    expect(fake.current()).toMatchObject({ id: 'guest-1', is_anonymous: true });

    // A guest cannot be a coach: the SQL says so, the page shows it.
    await user.click(await screen.findByRole('checkbox', { name: 'Coach' }));
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByText('Coaches sign in with an email address: add one to your account first.')).toBeInTheDocument();

    const address = within(guest).getByRole('textbox', { name: 'Email address' });
    await user.type(address, 'not-an-email');
    await user.click(within(guest).getByRole('button', { name: 'Send me a code' }));
    // Refused on the field, before anything is sent, with the words the server's refusal has.
    await waitFor(() => expect(address).toHaveAttribute('aria-invalid', 'true'));
    expect(address).toHaveAccessibleDescription('This email address does not look right.');
    expect(fake.calls).not.toContain('updateUser not-an-email');

    await user.clear(within(guest).getByRole('textbox', { name: 'Email address' }));
    await user.type(within(guest).getByRole('textbox', { name: 'Email address' }), ' Camille@Example.com ');
    await user.click(within(guest).getByRole('button', { name: 'Send me a code' }));
    expect(await within(guest).findByText('A code was sent to camille@example.com. It is also in the link of the email.')).toBeInTheDocument();
    expect(fake.calls).toContain('updateUser camille@example.com');

    await user.type(within(guest).getByRole('textbox', { name: 'Code received by email' }), '000000');
    await user.click(within(guest).getByRole('button', { name: 'Confirm' }));
    expect(await within(guest).findByRole('alert')).toHaveTextContent('This code is wrong or has expired.');

    await user.clear(within(guest).getByRole('textbox', { name: 'Code received by email' }));
    await user.type(within(guest).getByRole('textbox', { name: 'Code received by email' }), GOOD_CODE);
    await user.click(within(guest).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Signed in as camille@example.com.')).toBeInTheDocument();
    expect(fake.calls).toContain(`verifyOtp email_change camille@example.com ${GOOD_CODE}`);
    // The same user as the guest: the plan, stored under that id, is theirs still.
    expect(fake.current()).toMatchObject({ id: 'guest-1', is_anonymous: false, email: 'camille@example.com' });
    await expect(fake.backend.session()).resolves.toEqual({ userId: 'guest-1', displayName: '', isAnonymous: false, email: 'camille@example.com' });

    // Now the coach role is accepted.
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
  });

  it('signs in to an existing account with a one-time code, and signs out', async () => {
    const user = userEvent.setup();
    const fake = renderSupabase('/account');
    const signIn = await screen.findByRole('region', { name: 'Already have an account? Sign in' });
    expect(within(signIn).getByText(/leaves this guest plan behind/)).toBeInTheDocument();
    await user.type(within(signIn).getByRole('textbox', { name: 'Email address' }), 'lea@example.com');
    await user.click(within(signIn).getByRole('button', { name: 'Send me a sign-in code' }));
    await user.type(await within(signIn).findByRole('textbox', { name: 'Code received by email' }), GOOD_CODE);
    await user.click(within(signIn).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Signed in as lea@example.com.')).toBeInTheDocument();
    expect(fake.calls).toContain('signInWithOtp lea@example.com');
    expect(fake.current()?.id).toBe('account-1');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    // Signed out, the next call starts a new guest session.
    expect(await screen.findByRole('region', { name: 'Keep your plan: add your email' })).toBeInTheDocument();
    await waitFor(() => expect(fake.current()?.id).toBe('guest-2'));
    expect(fake.calls.filter((c) => c === 'signOut')).toHaveLength(1);
  });

  it('maps Supabase Auth errors to messages', () => {
    expect(authErrorKey({ code: 'otp_expired', status: 403 })).toBe('auth_code_invalid');
    expect(authErrorKey({ code: 'over_email_send_rate_limit', status: 429 })).toBe('auth_rate_limited');
    expect(authErrorKey({ status: 429 })).toBe('auth_rate_limited');
    expect(authErrorKey({ code: 'email_exists', status: 422 })).toBe('auth_email_taken');
    expect(authErrorKey({ code: 'email_address_invalid', status: 400 })).toBe('invalid_email');
    expect(authErrorKey({ name: 'AuthRetryableFetchError', status: 0 })).toBe('network');
    expect(authErrorKey({ code: 'unexpected_failure', status: 500 })).toBe('auth_failed');
  });
});
