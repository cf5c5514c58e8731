import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { useSession } from '@/data/profile/use-session';
import { localProfilesKey } from '@/data/query-keys';
import type { LocalControls, LocalProfile } from '@/data/backend';
import { useT } from '@/i18n/i18n';

/** Local mode only: profiles ("me", "my coach"…) so every journey can be tried on one machine. */
export function ProfileSwitcher() {
  const local = useBackend().local;
  if (!local) return null;
  return <LocalProfileSwitcher local={local} />;
}

/**
 * Where a profile starts: a coach on their clients, anyone else on their plan. A switch goes there:
 * the page shown was the previous profile's (a client's plan, a survey), not this one's.
 */
export function profileHome(profile: Pick<LocalProfile, 'roles'> | undefined): string {
  return profile?.roles.includes('coach') ? '/coach' : '/plan/niche';
}

/** The profiles by what they do, creators first; a profile that coaches is with the coaches (its home is theirs). */
function profileGroups(profiles: readonly LocalProfile[]): { role: 'creators' | 'coaches'; members: LocalProfile[] }[] {
  const coaches = profiles.filter((p) => p.roles.includes('coach'));
  const creators = profiles.filter((p) => !p.roles.includes('coach'));
  return [
    { role: 'creators' as const, members: creators },
    { role: 'coaches' as const, members: coaches },
  ].filter((group) => group.members.length > 0);
}

// A switch tells the backend's session listeners (AppProviders), which move the cache to the new profile.
function LocalProfileSwitcher({ local }: { local: LocalControls }) {
  const t = useT();
  const errorText = useErrorText();
  const id = useId();
  const reasonId = useId();
  const status = useDbStatus();
  const ready = status.state === 'ready';

  const session = useSession();
  const profiles = useQuery({
    queryKey: localProfilesKey,
    queryFn: () => local.listProfiles(),
    enabled: ready && session.isSuccess,
  });
  const navigate = useNavigate();
  const goHome = (profile: LocalProfile | undefined) => void navigate(profileHome(profile));
  const switchTo = useMutation({
    mutationFn: async (profileId: string) => {
      await local.switchProfile(profileId);
      return profiles.data?.find((p) => p.id === profileId);
    },
    onSuccess: goHome,
  });
  const create = useMutation({
    mutationFn: async () => {
      const name = window.prompt(t('profile.newPrompt'));
      if (!name?.trim()) return undefined;
      const profile = await local.createProfile(name);
      await local.switchProfile(profile.id);
      return profile;
    },
    onSuccess: (profile) => {
      if (profile) goHome(profile);
    },
  });
  const demo = useMutation({
    mutationFn: async () => {
      const profile = await local.loadDemo();
      await local.switchProfile(profile.id);
      return profile;
    },
    onSuccess: goHome,
  });
  const error = switchTo.error ?? create.error ?? demo.error;
  // While the database opens, the controls say why they wait instead of a bare "Loading…".
  const waiting = status.state !== 'ready';
  const describedBy = waiting ? reasonId : undefined;
  return (
    <div className="profile-switcher">
      <label htmlFor={id}>{t('profile.label')}</label>
      <select
        id={id}
        value={session.data?.userId ?? ''}
        disabled={!profiles.data || switchTo.isPending}
        aria-describedby={describedBy}
        onChange={(event) => switchTo.mutate(event.target.value)}
      >
        {!profiles.data ? <option value="">{waiting ? t('db.starting') : t('common.loading')}</option> : null}
        {profileGroups(profiles.data ?? []).map(({ role, members }) => (
          // The role heads its group, apart from the names: "My coach" is not followed by "· coach".
          <optgroup key={role} label={t(`profile.group.${role}`)}>
            {members.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.displayName || t('profile.defaultName')}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <Button disabled={!ready || create.isPending} aria-describedby={describedBy} onClick={() => create.mutate()}>
        {t('profile.new')}
      </Button>
      <Button disabled={!ready || demo.isPending} aria-describedby={describedBy} onClick={() => demo.mutate()}>
        {t('profile.loadDemo')}
      </Button>
      {waiting ? (
        <p id={reasonId} className="profile-switcher-reason muted">
          {t('db.waitReason')}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {errorText(error)}
        </p>
      ) : null}
    </div>
  );
}
