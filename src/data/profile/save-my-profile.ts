import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { localProfilesKey, userKeys } from '@/data/query-keys';
import { profileRoles, profileSchema, toProfile, type Profile } from './get-my-profile';

export const PROFILE_NAME_MAX = 80;

// The messages are codes the profile form translates.
export const saveMyProfileInput = z.object({
  displayName: z.string().trim().max(PROFILE_NAME_MAX, 'name_too_long'),
  roles: z
    .array(z.enum(profileRoles))
    .min(1, 'roles_empty')
    .max(2)
    .refine((roles) => new Set(roles).size === roles.length, 'each role once'),
});
export type SaveMyProfileInput = z.input<typeof saveMyProfileInput>;

/** A name others will see (a coach, before the first invitation): the profile's rule, and not empty. */
export const visibleNameInput = z.object({
  displayName: saveMyProfileInput.shape.displayName.pipe(z.string().min(1, 'name_required')),
});
export type VisibleNameInput = z.input<typeof visibleNameInput>;

/** Creates or updates the caller's profile. The coach role needs an account with an email (SQL says so). */
export async function saveMyProfile(backend: Backend, input: SaveMyProfileInput): Promise<Profile> {
  const data = saveMyProfileInput.parse(input);
  return toProfile(profileSchema.parse(await backend.rpc('save_my_profile', { p_display_name: data.displayName, p_roles: data.roles })));
}

export function useSaveMyProfile() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveMyProfileInput) => saveMyProfile(backend, input),
    onSuccess: (profile) => {
      queryClient.setQueryData(userKeys.profile(profile.id), profile);
      // The profile switcher shows names and roles of local profiles.
      void queryClient.invalidateQueries({ queryKey: localProfilesKey });
    },
  });
}
