import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { useBackend } from '@/data/backend-context';
import { useMyProfile } from '@/data/profile/get-my-profile';
import { useSession } from '@/data/profile/use-session';
import { useT } from '@/i18n/i18n';
import { useAddEmail } from '../api/add-email';
import { useRequestEmailCode } from '../api/request-email-code';
import { useSignOut } from '../api/sign-out';
import { useVerifyAddedEmail } from '../api/verify-added-email';
import { useVerifyEmailCode } from '../api/verify-email-code';
import { EmailCodeForm } from './email-code-form';
import { ProfileForm } from './profile-form';
import { TimeZoneForm } from './time-zone-form';

/** Supabase mode: a guest keeps their plan by adding an email, or signs in to an account. */
function SupabaseAccount({ email, anonymous }: { email: string | null; anonymous: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const addEmail = useAddEmail();
  const verifyAdded = useVerifyAddedEmail();
  const requestCode = useRequestEmailCode();
  const verifyCode = useVerifyEmailCode();
  const signOut = useSignOut();

  if (!anonymous) {
    return (
      <section className="panel" aria-labelledby="account-signed-in">
        <h2 id="account-signed-in">{t('account.signedIn.title')}</h2>
        <p>{t('account.signedIn.as', { email: email ?? '' })}</p>
        <Button onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {t('account.signOut')}
        </Button>
        {signOut.isError ? (
          <p role="alert" className="field-error">
            {errorText(signOut.error)}
          </p>
        ) : null}
      </section>
    );
  }
  return (
    <>
      <EmailCodeForm
        title={t('account.guest.title')}
        intro={t('account.guest.intro')}
        emailLabel={t('account.email')}
        sendLabel={t('account.guest.send')}
        send={(value) => addEmail.mutateAsync({ email: value })}
        verify={(value, code) => verifyAdded.mutateAsync({ email: value, code })}
        sending={addEmail.isPending}
        verifying={verifyAdded.isPending}
        error={addEmail.error ?? verifyAdded.error}
      />
      <EmailCodeForm
        title={t('account.signIn.title')}
        intro={t('account.signIn.intro')}
        emailLabel={t('account.email')}
        sendLabel={t('account.signIn.send')}
        send={(value) => requestCode.mutateAsync({ email: value })}
        verify={(value, code) => verifyCode.mutateAsync({ email: value, code })}
        sending={requestCode.isPending}
        verifying={verifyCode.isPending}
        error={requestCode.error ?? verifyCode.error}
        warning={t('account.signIn.warning')}
      />
    </>
  );
}

/** /account: the profile (name, roles) in both modes; the account itself in Supabase mode. */
export function AccountPage() {
  const t = useT();
  const backend = useBackend();
  const session = useSession();
  const profile = useMyProfile();

  return (
    <div className="account-page page-narrow">
      <h1>{t('account.title')}</h1>
      {profile.data ? (
        <>
          <ProfileForm key={profile.data.id} profile={profile.data} />
          <TimeZoneForm key={`${profile.data.id}-zone`} profile={profile.data} />
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      {backend.kind === 'supabase' && session.data ? (
        <SupabaseAccount email={session.data.email ?? null} anonymous={session.data.isAnonymous} />
      ) : backend.kind === 'embedded' ? (
        <section className="panel" aria-labelledby="account-local">
          <h2 id="account-local">{t('account.local.title')}</h2>
          <p>{t('account.local.body')}</p>
          <p>
            <Link to="/help/local-mode">{t('account.local.help')}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
