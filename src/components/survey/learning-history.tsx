import { useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { useErrorText } from '@/components/ui/error-message';
import { useLearningCards } from '@/data/learning-cards/list-learning-cards';
import { useNicheVersions } from '@/data/learning-cards/list-niche-versions';
import { formatInstant } from '@/i18n/format';
import { useLocale, useT } from '@/i18n/i18n';
import { LearningCardView } from './learning-card-view';

/**
 * A plan's learning cards, oldest first, and the niche's versions: the caller's own plan (the
 * summary) or a plan they coach (the coach's review).
 */
export function LearningHistory({ planId = null }: { planId?: string | null }) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const titleId = useId();
  const versionsId = useId();
  const cards = useLearningCards(planId);
  const versions = useNicheVersions(planId);
  const failed = cards.error ?? versions.error;

  return (
    <section className="panel learning-history" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('learning.cards.title')}</h2>
      {failed ? (
        <Alert tone="error">{errorText(failed)}</Alert>
      ) : !cards.data || !versions.data ? (
        <p role="status">{t('learning.loading')}</p>
      ) : (
        <>
          {cards.data.length === 0 ? <p className="empty-state">{t('learning.cards.empty')}</p> : null}
          {cards.data.map((card) => (
            <LearningCardView key={card.id} card={card} />
          ))}
          {versions.data.length > 0 ? (
            <section aria-labelledby={versionsId}>
              <h3 id={versionsId}>{t('learning.versions.title')}</h3>
              <ol className="niche-versions">
                {versions.data.map((v) => (
                  <li key={v.version}>
                    <strong>{t('learning.versions.item', { version: v.version })}</strong> <q dir="auto">{v.statement}</q>{' '}
                    <span className="hint">
                      {v.version === 1
                        ? t('learning.versions.first')
                        : v.survey_title
                          ? t('learning.versions.from', { title: v.survey_title })
                          : t('learning.versions.fromDeleted')}{' '}
                      ({formatInstant(v.created_at, locale)})
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
