import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { BackendError } from '@/data/errors';
import { emailSchema } from './request-email-code';

export const addEmailInput = z.object({ email: emailSchema });
export type AddEmailInput = z.input<typeof addEmailInput>;

/** Supabase mode: the anonymous account gets this email (same user id: the plan stays); a code confirms it. */
export async function addEmail(backend: Backend, input: AddEmailInput): Promise<{ email: string }> {
  const parsed = addEmailInput.safeParse(input);
  if (!parsed.success) throw new BackendError('invalid_email');
  if (!backend.account) throw new BackendError('auth_failed', 'This mode has no accounts.');
  await backend.account.addEmail(parsed.data.email);
  return parsed.data;
}

export function useAddEmail() {
  const backend = useBackend();
  return useMutation({ mutationFn: (input: AddEmailInput) => addEmail(backend, input) });
}
