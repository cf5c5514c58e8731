import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { ReviewStatus } from '@/components/plan/review-status';
import type { PlanReview } from '@/data/plan-review/review-schemas';
import { reviewStatuses } from '@/domain/plan-review';
import { useT } from '@/i18n/i18n';
import { useSetPlanReview } from '../api/set-plan-review';

/** The coach's status for the plan ("needs work", "approved", dated), and the other coaches'. */
export function ReviewPanel({ planId, reviews, viewerId }: { planId: string; reviews: readonly PlanReview[]; viewerId: string | null }) {
  const t = useT();
  const errorText = useErrorText();
  const set = useSetPlanReview();
  const mine = reviews.find((r) => r.coachId === viewerId);
  const others = reviews.filter((r) => r.coachId !== viewerId);
  return (
    <section className="panel review-panel" aria-labelledby="review-panel-title">
      <h2 id="review-panel-title">{t('coach.review.statusTitle')}</h2>
      {mine ? <ReviewStatus status={mine.status} updatedAt={mine.updatedAt} /> : <p className="muted">{t('coach.review.notYet')}</p>}
      <div className="actions" role="group" aria-label={t('coach.review.setStatus')}>
        {reviewStatuses.map((status) => (
          <Button
            key={status}
            // Two decisions of equal weight: neither is the page's default action.
            variant="secondary"
            aria-pressed={mine?.status === status}
            disabled={set.isPending}
            onClick={() => set.mutate({ planId, status })}
          >
            {t(`coach.review.mark.${status}`)}
          </Button>
        ))}
      </div>
      {set.isError ? (
        <p role="alert" className="field-error">
          {errorText(set.error)}
        </p>
      ) : null}
      {others.map((r) => (
        <ReviewStatus key={r.coachId} status={r.status} updatedAt={r.updatedAt} coachName={r.displayName} active={r.active} />
      ))}
    </section>
  );
}
