import { useId } from 'react';
import type { EvidenceStrength } from '@/domain/evidence';
import type { Verdict } from '@/domain/verdict';
import { formatPercent } from '@/i18n/format';
import { useLocale, useT } from '@/i18n/i18n';
import { strengthText } from './strength-text';

/** The verdict in plain words, with the figures and how they were computed. */
export function VerdictCard({
  verdict,
  strength,
  hypothesis,
  headingLevel = 2,
}: {
  verdict: Verdict | null;
  /** The test card's hypothesis, shown above what the answers say of it. */
  hypothesis?: string;
  /** What kind of evidence the verdict counts, when known. */
  strength?: EvidenceStrength | null;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useT();
  const locale = useLocale();
  const percent = (rate: number) => formatPercent(rate, locale, 0);
  const Heading = `h${headingLevel}` as const;
  // Its own id: a page may show several verdicts (the learning cards of a plan).
  const titleId = useId();
  return (
    <section className={`verdict verdict-${verdict?.state ?? 'none'}`} aria-labelledby={titleId}>
      <Heading id={titleId}>{t('survey.verdict.title')}</Heading>
      {hypothesis ? (
        <p className="verdict-hypothesis">
          <strong>{t('survey.verdict.hypothesis')}</strong> <span dir="auto">{hypothesis}</span>
        </p>
      ) : null}
      {verdict === null ? (
        <p>{t('survey.verdict.noThreshold')}</p>
      ) : (
        <>
          <p className="verdict-words" data-state={verdict.state}>
            {verdict.state === 'not_enough'
              ? t('survey.verdict.not_enough', { total: verdict.total, min: verdict.minResponses })
              : t(`survey.verdict.${verdict.state}`)}
          </p>
          <p>
            {t('survey.verdict.detail', {
              successes: verdict.successes,
              total: verdict.total,
              rate: percent(verdict.rate),
              low: percent(verdict.low),
              high: percent(verdict.high),
              target: percent(verdict.targetRate),
            })}
          </p>
          {strength ? (
            <p className={`verdict-strength strength-${strength.word}`}>
              <strong>{t('survey.evidence.label')}</strong>{' '}
              {strengthText(strength, t)}
            </p>
          ) : null}
          <p className="hint">{t('survey.verdict.how')}</p>
        </>
      )}
    </section>
  );
}
