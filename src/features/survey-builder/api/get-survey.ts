import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { surveyDetailSchema, type SurveyDetail } from '@/domain/survey';

export async function getSurvey(backend: Backend, id: string): Promise<SurveyDetail> {
  return surveyDetailSchema.parse(await backend.rpc('get_survey', { p_survey_id: id }));
}

export function surveyOptions(backend: Backend, userId: string | null, id: string) {
  return queryOptions({ queryKey: userKeys.survey(userId ?? '', id), queryFn: () => getSurvey(backend, id), enabled: userId !== null });
}

export function useSurvey(id: string) {
  const { backend, userId } = useUserScope();
  return useQuery(surveyOptions(backend, userId, id));
}
