import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { surveySummarySchema, type SurveySummary } from '@/domain/survey';
import { surveyKeys } from './survey-keys';

export async function listMySurveys(backend: Backend): Promise<SurveySummary[]> {
  return z.array(surveySummarySchema).parse(await backend.rpc('list_my_surveys', {}));
}

export function useMySurveys() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  return useQuery({ queryKey: surveyKeys.mine, queryFn: () => listMySurveys(backend!), enabled: !!backend && ready });
}
