import { useQuery } from '@tanstack/react-query';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { surveyDetailSchema, type SurveyDetail } from '@/domain/survey';
import { surveyKeys } from './survey-keys';

export async function getSurvey(backend: Backend, id: string): Promise<SurveyDetail> {
  return surveyDetailSchema.parse(await backend.rpc('get_survey', { p_survey_id: id }));
}

export function useSurvey(id: string) {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  return useQuery({ queryKey: surveyKeys.detail(id), queryFn: () => getSurvey(backend!, id), enabled: !!backend && ready });
}
