import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { userKeys } from '@/data/query-keys';
import { checkedAgainst, type ReturnedRow } from '@/data/rows';
import { useUserScope } from './use-session';

export const profileRoles = ['creator', 'coach'] as const;

export const profileSchema = checkedAgainst<ReturnedRow<'get_my_profile'>>()(z.object({
  id: z.string(),
  display_name: z.string(),
  roles: z.array(z.enum(profileRoles)),
  // Null until the browser or the person sets it (supabase/migrations/20261201000100_profiles_and_plans.sql).
  time_zone: z.string().nullable().optional(),
}));
export type Profile = { id: string; displayName: string; roles: (typeof profileRoles)[number][]; timeZone: string | null };

export function toProfile(row: z.infer<typeof profileSchema>): Profile {
  return { id: row.id, displayName: row.display_name, roles: row.roles, timeZone: row.time_zone ?? null };
}


/** The caller's profile (defaults before the first save), shared by the account and coach pages. */
export async function getMyProfile(backend: Backend): Promise<Profile> {
  return toProfile(profileSchema.parse(await backend.rpc('get_my_profile', {})));
}

export function myProfileOptions(backend: Backend, userId: string | null) {
  return queryOptions({ queryKey: userKeys.profile(userId ?? ''), queryFn: () => getMyProfile(backend), enabled: userId !== null });
}

export function useMyProfile() {
  const { backend, userId } = useUserScope();
  return useQuery(myProfileOptions(backend, userId));
}
