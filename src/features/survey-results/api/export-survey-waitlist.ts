import { useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';

const waitlistSchema = z.array(
  checkedAgainst<ReturnedRow<'export_survey_waitlist'>>()(z.object({ email: z.string(), consent_at: z.string(), created_at: z.string() })),
);
export type WaitlistExport = z.infer<typeof waitlistSchema>;

export async function exportSurveyWaitlist(backend: Backend, surveyId: string): Promise<WaitlistExport> {
  return waitlistSchema.parse(await backend.rpc('export_survey_waitlist', { p_survey_id: z.uuid().parse(surveyId) }));
}

/** Asks for the export when the creator does; the component turns the answer into a file. */
export function useExportSurveyWaitlist(surveyId: string) {
  const backend = useBackend();
  return useMutation({ mutationFn: () => exportSurveyWaitlist(backend, surveyId) });
}
