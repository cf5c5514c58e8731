import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkinFromRow, checkinRowSchema, type Checkin } from '@/domain/engagement';

/** The caller's weekly check-ins, oldest first; read by the launch step and the summary. */
export async function listMyCheckins(backend: Backend): Promise<Checkin[]> {
  return z.array(checkinRowSchema).parse(await backend.rpc('list_my_checkins', {})).map(checkinFromRow);
}

export function listMyCheckinsOptions(backend: Backend, userId: string | null) {
  return queryOptions({
    queryKey: userKeys.checkins(userId ?? ''),
    queryFn: () => listMyCheckins(backend),
    enabled: userId !== null,
  });
}

export function useMyCheckins() {
  const { backend, userId } = useUserScope();
  return useQuery(listMyCheckinsOptions(backend, userId));
}
