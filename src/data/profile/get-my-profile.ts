import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { useSession } from './use-session';

export const profileRoles = ['creator', 'coach'] as const;

export const profileSchema = z.object({
  id: z.string(),
  display_name: z.string(),
  roles: z.array(z.enum(profileRoles)),
  // Null until the browser or the person sets it (supabase/migrations/20261130100000_creator_clock.sql).
  time_zone: z.string().nullable().optional(),
});
export type Profile = { id: string; displayName: string; roles: (typeof profileRoles)[number][]; timeZone: string | null };

export function toProfile(row: z.infer<typeof profileSchema>): Profile {
  return { id: row.id, displayName: row.display_name, roles: row.roles, timeZone: row.time_zone ?? null };
}

// Per user: a profile read for one local profile (or account) is never shown for another.
export const profileKeys = { all: ['profile'] as const, of: (userId: string) => ['profile', userId] as const };

/** The caller's profile (defaults before the first save), shared by the account and coach pages. */
export async function getMyProfile(backend: Backend): Promise<Profile> {
  return toProfile(profileSchema.parse(await backend.rpc('get_my_profile', {})));
}

export function useMyProfile() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  const userId = useSession().data?.userId ?? '';
  return useQuery({ queryKey: profileKeys.of(userId), queryFn: () => getMyProfile(backend!), enabled: !!backend && ready && !!userId });
}
