import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMyProfile } from '@/data/profile/get-my-profile';
import { useSession } from '@/data/profile/use-session';
import { useT } from '@/i18n/i18n';
import { AcceptInvitationForm } from './accept-invitation-form';
import { BecomeCoach } from './become-coach';

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** /coach/join#CODE: the invitation link a client sends; accepting opens their plan. */
export function CoachJoin() {
  const t = useT();
  const profile = useMyProfile();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  // The code comes in the link's fragment (#CODE), which browsers never send to a server; once
  // read, it leaves the address bar and the history.
  const [code] = useState(() => safeDecode(location.hash.replace(/^#/, '')));
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);
  const isCoach = profile.data?.roles.includes('coach') ?? false;
  return (
    <div className="coach-join page-narrow">
      <h1>{t('coach.join.title')}</h1>
      <p className="lead">{t('coach.join.intro')}</p>
      {profile.data && !isCoach ? <BecomeCoach profile={profile.data} anonymous={session.data?.isAnonymous ?? false} /> : null}
      <AcceptInvitationForm initialCode={code} />
      <p>
        <Link to="/coach">{t('coach.review.back')}</Link>
      </p>
    </div>
  );
}
