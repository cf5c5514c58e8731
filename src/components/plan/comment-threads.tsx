import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { threadsOf, type CommentSection, type PlanComment } from '@/domain/plan-review';
import { useLocale, useT } from '@/i18n/i18n';
import { CommentForm } from './comment-form';
import { formatInstant } from '@/i18n/format';

function CommentView({ comment, viewerId }: { comment: PlanComment; viewerId: string | null }) {
  const t = useT();
  const locale = useLocale();
  const mine = comment.author.id === viewerId;
  const name = mine
    ? t('coach.comments.you')
    : comment.author.displayName || t(comment.author.role === 'coach' ? 'coach.comments.aCoach' : 'coach.comments.theClient');
  const date = formatInstant(comment.createdAt, locale, true);
  return (
    <article className={`comment comment-${comment.author.role}`}>
      <p className="comment-meta">
        <strong dir="auto">{name}</strong>{' '}
        <span className="muted">
          · {t(comment.author.role === 'coach' ? 'coach.comments.roleCoach' : 'coach.comments.roleClient')} ·{' '}
          <time dateTime={comment.createdAt}>{date}</time>
        </span>
      </p>
      {/* Text, never markup: React escapes it; pre-wrap keeps the line breaks. */}
      <p className="comment-body" dir="auto">
        {comment.body}
      </p>
    </article>
  );
}

function ReplyBox({ planId, section, threadId }: { planId: string; section: CommentSection; threadId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="link" className="comment-reply-toggle" onClick={() => setOpen(true)}>
        {t('coach.comments.reply')}
      </Button>
    );
  }
  return (
    <CommentForm
      planId={planId}
      section={section}
      parentId={threadId}
      label={t('coach.comments.replyLabel')}
      submitLabel={t('coach.comments.sendReply')}
      onSent={() => setOpen(false)}
      onCancel={() => setOpen(false)}
    />
  );
}

/** The threads of one section: each first comment, its replies, and a reply box. */
export function CommentThreads({
  planId,
  section,
  comments,
  viewerId,
  canReply,
}: {
  planId: string;
  section: CommentSection;
  comments: readonly PlanComment[];
  viewerId: string | null;
  canReply: boolean;
}) {
  const threads = threadsOf(comments, section);
  if (threads.length === 0) return null;
  return (
    <ol className="comment-threads">
      {threads.map((thread) => (
        <li key={thread.first.id} className="comment-thread">
          <CommentView comment={thread.first} viewerId={viewerId} />
          {thread.replies.length > 0 ? (
            <ol className="comment-replies">
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <CommentView comment={reply} viewerId={viewerId} />
                </li>
              ))}
            </ol>
          ) : null}
          {canReply ? <ReplyBox planId={planId} section={section} threadId={thread.first.id} /> : null}
        </li>
      ))}
    </ol>
  );
}
