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
});
export type Profile = { id: string; displayName: string; roles: (typeof profileRoles)[number][] };

// Per user: a profile read for one local profile (or account) is never shown for another.
export const profileKeys = { all: ['profile'] as const, of: (userId: string) => ['profile', userId] as const };

/** The caller's profile (defaults before the first save), shared by the account and coach pages. */
export async function getMyProfile(backend: Backend): Promise<Profile> {
  const row = profileSchema.parse(await backend.rpc('get_my_profile', {}));
  return { id: row.id, displayName: row.display_name, roles: row.roles };
}

export function useMyProfile() {
  const backend = useBackend();
  const ready = useDbStatus().state === 'ready';
  const userId = useSession().data?.userId ?? '';
  return useQuery({ queryKey: profileKeys.of(userId), queryFn: () => getMyProfile(backend!), enabled: !!backend && ready && !!userId });
}
