import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { surveySummarySchema, type SurveySummary } from '@/domain/survey';

export async function listMySurveys(backend: Backend): Promise<SurveySummary[]> {
  return z.array(surveySummarySchema).parse(await backend.rpc('list_my_surveys', {}));
}

export function listMySurveysOptions(backend: Backend, userId: string | null) {
  return queryOptions({ queryKey: userKeys.mySurveys(userId ?? ''), queryFn: () => listMySurveys(backend), enabled: userId !== null });
}

export function useMySurveys() {
  const { backend, userId } = useUserScope();
  return useQuery(listMySurveysOptions(backend, userId));
}
