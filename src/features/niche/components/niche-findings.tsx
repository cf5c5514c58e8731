import type { NicheFinding } from '@/domain/niche-lint';
import { useT } from '@/i18n/i18n';

/**
 * The automatic checks (not to be confused with a real coach's comments): each finding with its severity and a plain explanation. `untouched`:
 * the statement was never written, so its emptiness is where to begin rather than a fault.
 */
export function NicheFindings({ findings, untouched = false }: { findings: NicheFinding[]; untouched?: boolean }) {
  const t = useT();
  return (
    <section className="findings" aria-live="polite">
      <h2 id="niche-findings-title">{t('niche.findings')}</h2>
      {findings.length === 0 ? (
        <p className="finding finding-ok">{t('niche.allGood')}</p>
      ) : (
        <ul className="finding-list">
          {findings.map((finding) => {
            const severity = untouched && finding.rule === 'empty' ? 'start' : finding.severity;
            return (
              <li key={finding.rule} className={`finding finding-${severity}`} data-rule={finding.rule}>
                <p className="finding-severity">{t(`niche.severity.${severity}`)}</p>
                <p className="finding-title">
                  {t(`niche.lint.${finding.rule}.title`, { count: finding.count ?? 0, words: finding.words?.join(', ') ?? '' })}
                </p>
                <p>{t(`niche.lint.${finding.rule}.body`)}</p>
                {finding.rule === 'too_long' && finding.words?.length ? (
                  <p className="finding-cuts">{t('niche.lint.too_long.cuts', { words: finding.words.join(', ') })}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
