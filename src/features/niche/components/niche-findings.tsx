import type { NicheFinding } from '@/domain/niche-lint';
import { useT } from '@/i18n/i18n';

/** The coach in the margin: each finding with its severity and a plain explanation. */
export function NicheFindings({ findings }: { findings: NicheFinding[] }) {
  const t = useT();
  return (
    <section className="findings" aria-live="polite">
      <h2 id="niche-findings-title">{t('niche.findings')}</h2>
      {findings.length === 0 ? (
        <p className="finding finding-ok">{t('niche.allGood')}</p>
      ) : (
        <ul className="finding-list">
          {findings.map((finding) => (
            <li key={finding.rule} className={`finding finding-${finding.severity}`} data-rule={finding.rule}>
              <p className="finding-severity">{t(`niche.severity.${finding.severity}`)}</p>
              <p className="finding-title">
                {t(`niche.lint.${finding.rule}.title`, { count: finding.count ?? 0, words: finding.words?.join(', ') ?? '' })}
              </p>
              <p>{t(`niche.lint.${finding.rule}.body`)}</p>
              {finding.rule === 'too_long' && finding.words?.length ? (
                <p className="finding-cuts">{t('niche.lint.too_long.cuts', { words: finding.words.join(', ') })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
