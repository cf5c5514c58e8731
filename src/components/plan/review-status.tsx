import type { ReviewStatus as Status } from '@/domain/plan-review';
import { useLocale, useT } from '@/i18n/i18n';
import { formatInstant } from '@/i18n/format';

/** "Approved by Léa on 26 Nov 2026": a coach's status for a plan, with its date. */
export function ReviewStatus({ status, updatedAt, coachName, active = true }: { status: Status; updatedAt: string; coachName?: string; active?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const date = formatInstant(updatedAt, locale);
  return (
    <p className={`review-status review-${status}`}>
      <span className={`status-badge status-${status === 'approved' ? 'published' : 'warning'}`}>{t(`coach.status.${status}`)}</span>{' '}
      <span dir="auto">
        {coachName !== undefined
          ? t('coach.status.byOn', { name: coachName || t('coach.comments.aCoach'), date })
          : t('coach.status.on', { date })}
      </span>
      {!active ? <span className="muted"> {t('coach.status.noLongerShared')}</span> : null}
    </p>
  );
}
