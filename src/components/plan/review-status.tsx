import type { ReviewStatus as Status } from '@/domain/plan-review';
import { useLocale, useT } from '@/i18n/i18n';
import { formatInstant } from '@/i18n/format';

/**
 * "Approved, version 2, by Léa on 26 Nov 2026": a coach's status for a plan, about a version,
 * with its date. Once the plan changed since, or a newer version was sent (current false), the
 * status reads as being about an earlier version.
 */
export function ReviewStatus({
  status,
  updatedAt,
  coachName,
  active = true,
  version = null,
  current = true,
}: {
  status: Status;
  updatedAt: string;
  coachName?: string;
  active?: boolean;
  version?: number | null;
  current?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const date = formatInstant(updatedAt, locale);
  return (
    <p className={`review-status review-${status}${current ? '' : ' review-earlier'}`}>
      <span className={`status-badge status-${!current ? 'draft' : status === 'approved' ? 'published' : 'warning'}`}>{t(`coach.status.${status}`)}</span>{' '}
      {version !== null ? (
        <span>{current ? t('review.status.version', { number: version }) : t('review.status.earlier', { number: version })} · </span>
      ) : null}
      <span dir="auto">
        {coachName !== undefined
          ? t('coach.status.byOn', { name: coachName || t('coach.comments.aCoach'), date })
          : t('coach.status.on', { date })}
      </span>
      {!active ? <span className="muted"> {t('coach.status.noLongerShared')}</span> : null}
    </p>
  );
}
