import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { ReviewStatus } from '@/components/plan/review-status';
import type { PlanReview } from '@/data/plan-review/review-schemas';
import { reviewStatuses } from '@/domain/plan-review';
import { useT } from '@/i18n/i18n';
import { useSetPlanReview } from '../api/set-plan-review';

/**
 * The coach's decision about the version under review ("approve version 2", "needs work"), their
 * last one with its version, the plan's open threads, and the other coaches' decisions.
 */
export function ReviewPanel({
  planId,
  reviews,
  viewerId,
  reviewing,
  openThreads,
}: {
  planId: string;
  reviews: readonly PlanReview[];
  viewerId: string | null;
  /** The version to decide on; null before the client sends one. */
  reviewing: number | null;
  openThreads: number;
}) {
  const t = useT();
  const errorText = useErrorText();
  const set = useSetPlanReview();
  const mine = reviews.find((r) => r.coachId === viewerId);
  const others = reviews.filter((r) => r.coachId !== viewerId);
  return (
    <section className="panel review-panel" aria-labelledby="review-panel-title">
      <h2 id="review-panel-title">{t('coach.review.statusTitle')}</h2>
      {mine ? (
        <ReviewStatus status={mine.status} updatedAt={mine.updatedAt} version={mine.version} current={mine.current} />
      ) : (
        <p className="muted">{t('coach.review.notYet')}</p>
      )}
      <p className="muted">{t('review.openThreads', { count: openThreads })}</p>
      {reviewing === null ? (
        <p className="hint">{t('review.coach.nothingToDecide')}</p>
      ) : (
        <div className="actions" role="group" aria-label={t('review.coach.decide', { number: reviewing })}>
          {reviewStatuses.map((status) => (
            <Button
              key={status}
              // Two decisions of equal weight: neither is the page's default action.
              variant="secondary"
              aria-pressed={mine?.status === status && mine.version === reviewing}
              disabled={set.isPending}
              onClick={() => set.mutate({ planId, status, version: reviewing })}
            >
              {status === 'approved' ? t('review.coach.approve', { number: reviewing }) : t('review.coach.needsWork')}
            </Button>
          ))}
        </div>
      )}
      {set.isError ? (
        <p role="alert" className="field-error">
          {errorText(set.error)}
        </p>
      ) : null}
      {others.map((r) => (
        <ReviewStatus key={r.coachId} status={r.status} updatedAt={r.updatedAt} coachName={r.displayName} active={r.active} version={r.version} current={r.current} />
      ))}
    </section>
  );
}
