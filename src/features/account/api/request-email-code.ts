import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { BackendError } from '@/data/errors';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const requestEmailCodeInput = z.object({ email: emailSchema });
export type RequestEmailCodeInput = z.input<typeof requestEmailCodeInput>;

/** Supabase mode: a one-time code (and a sign-in link) is sent to the address. */
export async function requestEmailCode(backend: Backend, input: RequestEmailCodeInput): Promise<{ email: string }> {
  const parsed = requestEmailCodeInput.safeParse(input);
  if (!parsed.success) throw new BackendError('invalid_email');
  if (!backend.account) throw new BackendError('auth_failed', 'This mode has no accounts.');
  await backend.account.requestEmailCode(parsed.data.email);
  return parsed.data;
}

export function useRequestEmailCode() {
  const backend = useBackend();
  return useMutation({ mutationFn: (input: RequestEmailCodeInput) => requestEmailCode(backend!, input) });
}
