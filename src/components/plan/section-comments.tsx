import { useId } from 'react';
import { useMyPlanReview } from '@/data/plan-review/get-my-plan-review';
import { useSession } from '@/data/profile/use-session';
import { openThreadCount, threadsOf, type CommentSection } from '@/domain/plan-review';
import { useT } from '@/i18n/i18n';
import { CommentThreads } from './comment-threads';
import { ReviewStatus } from './review-status';

/**
 * In the wizard, next to a step: what the creator's coaches said about it, their status for the
 * plan, and a reply box per thread. Nothing at all while no coach has reviewed the plan.
 */
export function SectionComments({ section }: { section: CommentSection }) {
  const t = useT();
  const headingId = useId();
  const review = useMyPlanReview();
  const session = useSession();
  const data = review.data;
  if (!data) return null;
  const threads = threadsOf(data.comments, section);
  if (threads.length === 0 && (section !== 'summary' || data.reviews.length === 0)) return null;
  return (
    <section className="panel section-comments no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(section === 'summary' ? 'coach.comments.planTitle' : 'coach.comments.sectionTitle')}</h2>
      {threads.length > 0 ? (
        <p className="muted">{t('review.thread.open', { count: openThreadCount(data.comments, section) })}</p>
      ) : null}
      {data.reviews.map((r) => (
        <ReviewStatus key={r.coachId} status={r.status} updatedAt={r.updatedAt} coachName={r.displayName} active={r.active} version={r.version} current={r.current} />
      ))}
      {threads.length > 0 ? (
        <CommentThreads planId={data.planId} section={section} comments={data.comments} viewerId={session.data?.userId ?? null} canReply />
      ) : null}
    </section>
  );
}
