import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { BackendError } from '@/data/errors';
import { emailSchema } from './request-email-code';

// The message is an error key: the form shows it as the server's would read.
export const otpSchema = z.string().trim().regex(/^\d{6,10}$/, 'auth_code_invalid');

export const verifyEmailCodeInput = z.object({ email: emailSchema, code: otpSchema });
export type VerifyEmailCodeInput = z.input<typeof verifyEmailCodeInput>;

/** Signs in to the email's account with the code it received. */
export async function verifyEmailCode(backend: Backend, input: VerifyEmailCodeInput): Promise<void> {
  const parsed = verifyEmailCodeInput.safeParse(input);
  if (!parsed.success) throw new BackendError('auth_code_invalid');
  if (!backend.account) throw new BackendError('auth_failed', 'This mode has no accounts.');
  await backend.account.verifyEmailCode(parsed.data.email, parsed.data.code);
}

export function useVerifyEmailCode() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VerifyEmailCodeInput) => verifyEmailCode(backend, input),
    // Another account: everything cached belonged to the one before.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
