import type { CommentAuthor } from '@/domain/plan-review';
import { useT } from '@/i18n/i18n';

/**
 * How someone on a plan is named to the viewer: "You", else their name, else their side ("Your
 * coach", "The client"). Comments, resolved threads and inbox items name people alike.
 */
export function useAuthorName() {
  const t = useT();
  return (author: CommentAuthor, viewerId: string | null) =>
    author.id === viewerId
      ? t('coach.comments.you')
      : author.displayName || t(author.role === 'coach' ? 'coach.comments.aCoach' : 'coach.comments.theClient');
}
