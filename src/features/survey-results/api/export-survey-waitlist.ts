import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';

const waitlistSchema = z.array(z.object({ email: z.string(), consent_at: z.string(), created_at: z.string() }));
export type WaitlistExport = z.infer<typeof waitlistSchema>;

export async function exportSurveyWaitlist(backend: Backend, surveyId: string): Promise<WaitlistExport> {
  return waitlistSchema.parse(await backend.rpc('export_survey_waitlist', { p_survey_id: z.uuid().parse(surveyId) }));
}
