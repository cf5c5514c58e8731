import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkinFields, checkinFromRow, checkinRowSchema, crossFieldIssues, isMonday, sortByWeek, type Checkin } from '@/domain/engagement';

// The same bounds as app.check_checkin; "not in the future" is SQL's to say (its own clock).
export const saveCheckinInput = z.object({
  checkin: checkinFields
    .extend({ weekStart: z.iso.date().refine(isMonday, 'not_monday') })
    .superRefine((values, ctx) => {
      for (const issue of crossFieldIssues(values)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.code });
    }),
  /** Edit the week's check-in rather than add one (adding a week twice is refused). */
  replace: z.boolean().default(false),
});
export type SaveCheckinInput = z.input<typeof saveCheckinInput>;

export async function saveCheckin(backend: Backend, input: SaveCheckinInput): Promise<Checkin> {
  const { checkin, replace } = saveCheckinInput.parse(input);
  const row = await backend.rpc('save_checkin', {
    p_week_start: checkin.weekStart,
    p_members: checkin.members,
    p_active_members: checkin.activeMembers,
    p_conversations_total: checkin.conversationsTotal,
    p_conversations_by_members: checkin.conversationsByMembers,
    p_conversations_between_members: checkin.conversationsBetweenMembers,
    p_creator_hours: checkin.creatorHours,
    p_note: checkin.note,
    p_replace: replace,
  });
  return checkinFromRow(checkinRowSchema.parse(row));
}

export function useSaveCheckin() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveCheckinInput) => saveCheckin(backend, input),
    onSuccess: (saved) => {
      if (userId) queryClient.setQueryData<Checkin[]>(userKeys.checkins(userId), (list = []) =>
        sortByWeek([...list.filter((c) => c.weekStart !== saved.weekStart), saved]),
      );
    },
  });
}
