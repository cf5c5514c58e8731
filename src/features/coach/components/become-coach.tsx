import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import type { Profile } from '@/data/profile/get-my-profile';
import { useSaveMyProfile } from '@/data/profile/save-my-profile';
import { useT } from '@/i18n/i18n';

/**
 * A profile without the coach role: explains, and turns it on in one click. An anonymous
 * sign-in (Supabase mode) is sent to the account page to add an email first.
 */
export function BecomeCoach({ profile, anonymous }: { profile: Profile; anonymous: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const save = useSaveMyProfile();
  return (
    <section className="panel become-coach" aria-labelledby="become-coach-title">
      <h2 id="become-coach-title">{t('coach.become.title')}</h2>
      {anonymous ? (
        <>
          <p>{t('coach.become.anonymous')}</p>
          <p>
            <Link to="/account">{t('coach.become.toAccount')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('coach.become.body')}</p>
          <Button
            variant="primary"
            disabled={save.isPending}
            onClick={() => save.mutate({ displayName: profile.displayName, roles: [...profile.roles, 'coach'] })}
          >
            {t('coach.become.action')}
          </Button>
        </>
      )}
      {save.isError ? (
        <p role="alert" className="field-error">
          {errorText(save.error)}
        </p>
      ) : null}
    </section>
  );
}
