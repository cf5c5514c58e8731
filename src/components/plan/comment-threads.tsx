import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { useSetThreadResolved } from '@/data/plan-review/set-thread-resolved';
import { threadsOf, type CommentSection, type PlanComment } from '@/domain/plan-review';
import { useLocale, useT } from '@/i18n/i18n';
import { useAuthorName } from './author-name';
import { CommentForm } from './comment-form';
import { formatInstant } from '@/i18n/format';

function CommentView({ comment, viewerId }: { comment: PlanComment; viewerId: string | null }) {
  const t = useT();
  const locale = useLocale();
  const authorName = useAuthorName();
  const name = authorName(comment.author, viewerId);
  const date = formatInstant(comment.createdAt, locale, true);
  return (
    <article className={`comment comment-${comment.author.role}`}>
      <p className="comment-meta">
        <strong dir="auto">{name}</strong>{' '}
        <span className="muted">
          · {t(comment.author.role === 'coach' ? 'coach.comments.roleCoach' : 'coach.comments.roleClient')} ·{' '}
          <time dateTime={comment.createdAt}>{date}</time>
          {comment.version !== null ? <> · {t('review.thread.onVersion', { number: comment.version })}</> : null}
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

/** A thread's state, and the button that resolves it or opens it again (either side may). */
function ThreadResolution({ thread, viewerId }: { thread: PlanComment; viewerId: string | null }) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const authorName = useAuthorName();
  const set = useSetThreadResolved();
  const resolved = thread.resolved;
  return (
    <div className="thread-resolution">
      {resolved ? (
        <p className="thread-resolved">
          <span className="status-badge status-published">
            {t('review.thread.resolved', { name: authorName(resolved.by, viewerId), date: formatInstant(resolved.at, locale) })}
          </span>
        </p>
      ) : null}
      <Button variant="link" disabled={set.isPending} onClick={() => set.mutate({ commentId: thread.id, resolved: !resolved })}>
        {t(resolved ? 'review.thread.reopen' : 'review.thread.resolve')}
      </Button>
      {set.isError ? (
        <p role="alert" className="field-error">
          {errorText(set.error)}
        </p>
      ) : null}
    </div>
  );
}

/** The threads of one section: each first comment, its replies, a reply box, and its resolution. */
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
        <li key={thread.first.id} className={thread.first.resolved ? 'comment-thread comment-thread-resolved' : 'comment-thread'}>
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
          {canReply ? (
            <div className="comment-thread-actions">
              <ReplyBox planId={planId} section={section} threadId={thread.first.id} />
              <ThreadResolution thread={thread.first} viewerId={viewerId} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
