// The caller's inbox (supabase/migrations/20261201000400_coach.sql: get_my_inbox,
// mark_inbox_read): comments, replies, review requests and decisions from the other side of a
// plan, for the navigation's unread count and the inbox page.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { authorFromRow, commentAuthorSchema } from '@/data/plan-review/review-schemas';
import { useUserScope } from '@/data/profile/use-session';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type Composite, type ReturnedRow } from '@/data/rows';
import { commentSections, reviewStatuses, type InboxItem } from '@/domain/plan-review';

const inboxItemSchema = checkedAgainst<Composite<'inbox_item'>>()(
  z.object({
    id: z.string(),
    kind: z.enum(['comment', 'reply', 'review_request', 'decision']),
    plan_id: z.string(),
    side: z.enum(['owner', 'coach']),
    section: z.enum(commentSections).nullable(),
    version: z.number().nullable(),
    status: z.enum(reviewStatuses).nullable(),
    actor: commentAuthorSchema,
    excerpt: z.string().nullable(),
    created_at: z.string(),
    read_at: z.string().nullable(),
  }),
);

const myInboxSchema = checkedAgainst<ReturnedRow<'get_my_inbox'>>()(
  z.object({ unread: z.number(), items: z.array(inboxItemSchema) }),
);

export interface MyInbox {
  unread: number;
  /** The 50 newest, newest first. */
  items: InboxItem[];
}

export async function getMyInbox(backend: Backend): Promise<MyInbox> {
  const data = myInboxSchema.parse(await backend.rpc('get_my_inbox', {}));
  return {
    unread: data.unread,
    items: data.items.map((row) => ({
      id: row.id,
      kind: row.kind,
      planId: row.plan_id,
      side: row.side,
      section: row.section,
      version: row.version,
      status: row.status,
      actor: authorFromRow(row.actor),
      excerpt: row.excerpt,
      createdAt: row.created_at,
      readAt: row.read_at,
    })),
  };
}

export function myInboxOptions(backend: Backend, userId: string | null) {
  return queryOptions({
    queryKey: userKeys.inbox(userId ?? ''),
    queryFn: () => getMyInbox(backend),
    enabled: userId !== null,
    // The other side writes while this one works: the count in the navigation catches up.
    refetchInterval: 60_000,
  });
}

export function useMyInbox() {
  const { backend, userId } = useUserScope();
  return useQuery(myInboxOptions(backend, userId));
}

export const markReadInput = z.array(z.uuid()).max(200);

/** Marks the caller's items read; returns how many stay unread. */
export async function markInboxRead(backend: Backend, ids: readonly string[]): Promise<number> {
  const parsed = markReadInput.parse(ids);
  const row = checkedAgainst<ReturnedRow<'mark_inbox_read'>>()(z.object({ unread: z.number() })).parse(
    await backend.rpc('mark_inbox_read', { p_ids: parsed }),
  );
  return row.unread;
}

export function useMarkInboxRead() {
  const { backend, userId } = useUserScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly string[]) => markInboxRead(backend, ids),
    onSettled: () => {
      if (!userId) return;
      void queryClient.invalidateQueries({ queryKey: userKeys.inbox(userId) });
      void queryClient.invalidateQueries({ queryKey: userKeys.coachPlans(userId) });
    },
  });
}
