import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { checkinFromRow, checkinRowSchema, type Checkin } from '@/domain/engagement';

// The same key and shape as the launch step's list: the two share one cache entry.
export const checkinsQueryKey = ['checkins', 'mine'] as const;

export async function listMyCheckins(backend: Backend): Promise<Checkin[]> {
  return z.array(checkinRowSchema).parse(await backend.rpc('list_my_checkins', {})).map(checkinFromRow);
}

export function useMyCheckins() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  return useQuery({ queryKey: checkinsQueryKey, queryFn: () => listMyCheckins(backend!), enabled: !!backend && ready });
}
