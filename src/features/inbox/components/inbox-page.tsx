import { Link } from 'react-router';
import { useAuthorName } from '@/components/plan/author-name';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { useMarkInboxRead, useMyInbox } from '@/data/inbox/inbox';
import type { InboxItem } from '@/domain/plan-review';
import { formatInstant } from '@/i18n/format';
import { useLocale, useT } from '@/i18n/i18n';

/** Where an item leads: the step of the reader's own plan, or the coached plan's review page. */
function itemPath(item: InboxItem): string {
  if (item.side === 'coach') return `/coach/plans/${item.planId}`;
  return item.section ? `/plan/${item.section}` : '/plan/summary';
}

function useItemTitle() {
  const t = useT();
  const authorName = useAuthorName();
  return (item: InboxItem) => {
    // Never the reader: an item comes from the other side.
    const name = authorName(item.actor, null);
    const section = item.section === 'summary' || !item.section ? t('coach.review.wholePlan') : t(`step.${item.section}`);
    switch (item.kind) {
      case 'comment':
        return t('inbox.comment', { name, section });
      case 'reply':
        return t('inbox.reply', { name, section });
      case 'review_request':
        return t('inbox.review_request', { name, number: item.version ?? 1 });
      case 'decision':
        return t(item.status === 'approved' ? 'inbox.decision.approved' : 'inbox.decision.needs_work', { name, number: item.version ?? 1 });
    }
  };
}

/** /inbox: what the other side of a plan did, newest first; opening an item marks it read. */
export function InboxPage() {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const inbox = useMyInbox();
  const markRead = useMarkInboxRead();
  const title = useItemTitle();

  const unreadIds = inbox.data?.items.filter((item) => !item.readAt).map((item) => item.id) ?? [];
  return (
    <div className="inbox-page">
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.intro')}</p>
      {inbox.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : inbox.isError ? (
        <Alert tone="error">{errorText(inbox.error)}</Alert>
      ) : inbox.data.items.length === 0 ? (
        <p className="empty-state">{t('inbox.empty')}</p>
      ) : (
        <>
          <div className="inbox-toolbar">
            <p role="status">{t('inbox.unread', { count: inbox.data.unread })}</p>
            {unreadIds.length > 0 ? (
              <Button disabled={markRead.isPending} onClick={() => markRead.mutate(unreadIds)}>
                {t('inbox.markAll')}
              </Button>
            ) : null}
          </div>
          {markRead.isError ? (
            <p role="alert" className="field-error">
              {errorText(markRead.error)}
            </p>
          ) : null}
          <ol className="inbox-list">
            {inbox.data.items.map((item) => (
              <li key={item.id} className={item.readAt ? 'inbox-item' : 'inbox-item inbox-unread'}>
                <p className="inbox-item-title">
                  {!item.readAt ? <span className="status-badge status-warning">{t('inbox.new')}</span> : null}{' '}
                  <Link
                    to={itemPath(item)}
                    dir="auto"
                    onClick={() => {
                      if (!item.readAt) markRead.mutate([item.id]);
                    }}
                  >
                    {title(item)}
                  </Link>
                </p>
                {item.excerpt ? (
                  <p className="inbox-excerpt" dir="auto">
                    {item.excerpt}
                  </p>
                ) : null}
                <p className="muted">
                  {item.side === 'owner' ? `${t('inbox.yourPlan')} · ` : null}
                  {item.side === 'coach' && item.actor.role === 'owner'
                    ? `${t('inbox.clientPlan', { name: item.actor.displayName || t('coach.list.unnamed') })} · `
                    : null}
                  <time dateTime={item.createdAt}>{formatInstant(item.createdAt, locale, true)}</time>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
