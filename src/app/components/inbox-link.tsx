import { NavLink } from 'react-router';
import { useMyInbox } from '@/data/inbox/inbox';
import { useT } from '@/i18n/i18n';

/** The navigation's way to the inbox, with how many items are unread. */
export function InboxLink() {
  const t = useT();
  const inbox = useMyInbox();
  const unread = inbox.data?.unread ?? 0;
  return (
    <NavLink to="/inbox" aria-label={unread > 0 ? t('inbox.navUnread', { count: unread }) : undefined}>
      {t('inbox.nav')}
      {unread > 0 ? (
        <span className="nav-count" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </NavLink>
  );
}
