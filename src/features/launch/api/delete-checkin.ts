import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import type { Checkin } from '@/domain/engagement';

export const deleteCheckinInput = z.iso.date();

export async function deleteCheckin(backend: Backend, weekStart: string): Promise<string> {
  const result = checkedAgainst<ReturnedRow<'delete_checkin'>>()(z.object({ week_start: z.iso.date() })).parse(await backend.rpc('delete_checkin', { p_week_start: deleteCheckinInput.parse(weekStart) }));
  return result.week_start;
}

export function useDeleteCheckin() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weekStart: string) => deleteCheckin(backend, weekStart),
    onSuccess: (weekStart) => {
      if (userId) queryClient.setQueryData<Checkin[]>(userKeys.checkins(userId), (list = []) => list.filter((c) => c.weekStart !== weekStart));
    },
  });
}
