import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { checkinFromRow, checkinRowSchema, type Checkin } from '@/domain/engagement';
import { checkinKeys } from './checkin-keys';

export async function listMyCheckins(backend: Backend): Promise<Checkin[]> {
  return z.array(checkinRowSchema).parse(await backend.rpc('list_my_checkins', {})).map(checkinFromRow);
}

export function useMyCheckins() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  return useQuery({ queryKey: checkinKeys.mine, queryFn: () => listMyCheckins(backend!), enabled: !!backend && ready });
}
