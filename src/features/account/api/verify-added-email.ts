import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { sessionKey } from '@/data/query-keys';
import { BackendError } from '@/data/errors';
import { emailSchema } from './request-email-code';
import { otpSchema } from './verify-email-code';

export const verifyAddedEmailInput = z.object({ email: emailSchema, code: otpSchema });
export type VerifyAddedEmailInput = z.input<typeof verifyAddedEmailInput>;

/** Confirms the email added to the anonymous account: from now on it is a full account. */
export async function verifyAddedEmail(backend: Backend, input: VerifyAddedEmailInput): Promise<void> {
  const parsed = verifyAddedEmailInput.safeParse(input);
  if (!parsed.success) throw new BackendError('auth_code_invalid');
  if (!backend.account) throw new BackendError('auth_failed', 'This mode has no accounts.');
  await backend.account.verifyAddedEmail(parsed.data.email, parsed.data.code);
}

export function useVerifyAddedEmail() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VerifyAddedEmailInput) => verifyAddedEmail(backend, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
