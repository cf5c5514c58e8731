import { useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';

const responsesSchema = checkedAgainst<ReturnedRow<'export_survey_responses'>>()(z.object({
  questions: z.array(z.object({ id: z.string(), position: z.number(), kind: z.string(), prompt: z.string() })),
  rows: z.array(z.object({ id: z.string(), created_at: z.string(), answers: z.record(z.string(), z.unknown()) })),
}));
export type ResponsesExport = z.infer<typeof responsesSchema>;

export async function exportSurveyResponses(backend: Backend, surveyId: string): Promise<ResponsesExport> {
  return responsesSchema.parse(await backend.rpc('export_survey_responses', { p_survey_id: z.uuid().parse(surveyId) }));
}

/** Asks for the export when the creator does; the component turns the answer into a file. */
export function useExportSurveyResponses(surveyId: string) {
  const backend = useBackend();
  return useMutation({ mutationFn: () => exportSurveyResponses(backend, surveyId) });
}
