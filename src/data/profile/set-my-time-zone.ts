import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { z } from 'zod';
import type { Backend } from '@/data/backend';
import { useBackend } from '@/data/backend-context';
import { userKeys } from '@/data/query-keys';
import { isValidTimeZone, runtimeTimeZone } from '@/domain/time-zone';
import { profileSchema, toProfile, useMyProfile, type Profile } from './get-my-profile';

// The same bounds as app.is_time_zone: a zone name of at most 64 characters. SQL also checks that
// its own time zone database knows the name.
export const setMyTimeZoneInput = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_+/-]{0,63}$/)
  .refine(isValidTimeZone);

/** The zone the caller's dates are counted in ("this week" for check-ins, say). */
export async function setMyTimeZone(backend: Backend, timeZone: string): Promise<Profile> {
  const zone = setMyTimeZoneInput.parse(timeZone);
  return toProfile(profileSchema.parse(await backend.rpc('set_my_time_zone', { p_time_zone: zone })));
}

export function useSetMyTimeZone() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (timeZone: string) => setMyTimeZone(backend, timeZone),
    onSuccess: (profile) => queryClient.setQueryData(userKeys.profile(profile.id), profile),
  });
}

/**
 * Gives a profile that has no time zone yet this browser's, once per profile, so that SQL counts
 * the creator's days as the creator does. A zone the database does not know is left unset (UTC).
 */
export function useAdoptRuntimeTimeZone() {
  const profile = useMyProfile().data;
  const { mutate } = useSetMyTimeZone();
  const tried = useRef(new Set<string>());
  useEffect(() => {
    if (!profile || profile.timeZone !== null || tried.current.has(profile.id)) return;
    tried.current.add(profile.id);
    mutate(runtimeTimeZone());
  }, [profile, mutate]);
}
