import { useEffect, useId, useRef } from 'react';
import type { LearningCard } from '@/domain/learning-card';
import { verdictStrength } from '@/domain/evidence';
import { thresholdVerdict } from '@/domain/verdict';
import { formatInstant } from '@/i18n/format';
import { useLocale, useT } from '@/i18n/i18n';
import { nicheChangeText } from './niche-change-text';
import { VerdictCard } from './verdict-card';

/**
 * One learning card: what we believed, what we observed (the figures when it was written, with
 * the verdict they gave), what we learned and the decision. The results page, the summary and
 * the coach's review show it alike.
 */
export function LearningCardView({ card, headingLevel = 3, focusOnMount = false }: { card: LearningCard; headingLevel?: 2 | 3; focusOnMount?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  const verdict = thresholdVerdict(card.threshold);
  const niche = nicheChangeText(card, t);

  // Just saved: the card takes the form's place, and the reader's focus with it.
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  return (
    <article className="learning-card" aria-labelledby={titleId}>
      <Heading id={titleId} ref={heading} tabIndex={-1} dir="auto">
        {t('learning.cards.card', { title: card.survey_title })}
      </Heading>
      <p className="hint">{t('learning.writtenOn', { date: formatInstant(card.created_at, locale) })}</p>
      <dl className="learning-card-parts">
        <div>
          <dt>{t('survey.verdict.hypothesis')}</dt>
          <dd dir="auto">{card.hypothesis || t('learning.noHypothesis')}</dd>
        </div>
        <div>
          <dt>{t('learning.observed')}</dt>
          <dd>
            <p>{t('learning.responses', { count: card.responses })}</p>
            <VerdictCard verdict={verdict} strength={verdictStrength(verdict, card.evidence)} headingLevel={headingLevel === 2 ? 3 : 4} />
          </dd>
        </div>
        <div>
          <dt>{t('learning.learned')}</dt>
          <dd dir="auto" className="learning-card-learned">{card.learned}</dd>
        </div>
        <div>
          <dt>{t('learning.decision')}</dt>
          <dd>
            <strong>{t(`learning.decision.${card.decision}`)}</strong>
            {niche ? <p dir="auto">{niche}</p> : null}
          </dd>
        </div>
      </dl>
    </article>
  );
}
