import { Alert } from '@/components/ui/alert';
import { useErrorText } from '@/components/ui/error-message';
import { useMyProfile } from '@/data/profile/get-my-profile';
import { useSession } from '@/data/profile/use-session';
import { useT } from '@/i18n/i18n';
import { useCoachPlans } from '../api/list-coach-plans';
import { AcceptInvitationForm } from './accept-invitation-form';
import { BecomeCoach } from './become-coach';
import { ClientList } from './client-list';

/** /coach: the clients' plans, and where a new client's invitation is accepted. */
export function CoachHome() {
  const t = useT();
  const errorText = useErrorText();
  const profile = useMyProfile();
  const session = useSession();
  const plans = useCoachPlans();
  const isCoach = profile.data?.roles.includes('coach') ?? false;

  return (
    <div className="coach-home">
      <h1>{t('coach.home.title')}</h1>
      <p className="lead">{t('coach.home.intro')}</p>
      {profile.data && !isCoach ? <BecomeCoach profile={profile.data} anonymous={session.data?.isAnonymous ?? false} /> : null}
      {plans.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : plans.isError ? (
        <Alert tone="error">{errorText(plans.error)}</Alert>
      ) : plans.data.length === 0 ? (
        <p className="empty-state">{t('coach.home.empty')}</p>
      ) : (
        <ClientList plans={plans.data} />
      )}
      <AcceptInvitationForm />
    </div>
  );
}
