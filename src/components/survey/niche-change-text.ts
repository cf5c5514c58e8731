import type { LearningCard } from '@/domain/learning-card';
import type { Translate } from '@/i18n/i18n';

/** What a learning card did to the niche ("The niche went from … to …"), null when it kept it: the card and the summary's export say it alike. */
export function nicheChangeText(card: Pick<LearningCard, 'niche_before' | 'niche_after'>, t: Translate): string | null {
  if (!card.niche_after) return null;
  return card.niche_before
    ? t('learning.nicheChange', { before: card.niche_before, after: card.niche_after })
    : t('learning.nicheNew', { after: card.niche_after });
}
