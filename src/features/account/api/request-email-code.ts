import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { BackendError } from '@/data/errors';
import { cleanText, isEmailAddress } from '@/domain/text-rules';

// The app's one email rule (text-rules.ts, app.is_email_address in SQL), after cleaning.
export const emailSchema = z
  .string()
  .transform((value) => cleanText(value).toLowerCase())
  .refine(isEmailAddress, { message: 'invalid_email' });

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
  return useMutation({ mutationFn: (input: RequestEmailCodeInput) => requestEmailCode(backend, input) });
}
