import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import { nicheVersionSchema, type NicheVersion } from '@/domain/learning-card';

const nicheVersionRowSchema = checkedAgainst<ReturnedRow<'list_niche_versions'>>()(nicheVersionSchema);

/** The niche statement's versions, first to latest, of the caller's plan (planId null) or of a plan they coach. */
export async function listNicheVersions(backend: Backend, planId: string | null): Promise<NicheVersion[]> {
  const args = planId ? { p_plan_id: z.uuid().parse(planId) } : {};
  return z.array(nicheVersionRowSchema).parse(await backend.rpc('list_niche_versions', args));
}

export function listNicheVersionsOptions(backend: Backend, userId: string | null, planId: string | null) {
  return queryOptions({
    queryKey: userKeys.nicheVersions(userId ?? '', planId),
    queryFn: () => listNicheVersions(backend, planId),
    enabled: userId !== null,
  });
}

export function useNicheVersions(planId: string | null = null) {
  const { backend, userId } = useUserScope();
  return useQuery(listNicheVersionsOptions(backend, userId, planId));
}
