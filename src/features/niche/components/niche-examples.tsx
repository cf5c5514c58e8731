import { countWords } from '@/domain/word-count';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n';

const examples: [MessageKey, MessageKey][] = [
  ['niche.examples.broadBefore', 'niche.examples.broadAfter'],
  ['niche.examples.longBefore', 'niche.examples.longAfter'],
];

export function NicheExamples() {
  const t = useT();
  return (
    <details className="examples">
      <summary>{t('niche.examples.title')}</summary>
      <p className="hint">{t('niche.examples.source')}</p>
      <dl>
        {examples.map(([before, after]) => (
          <div key={before} className="example">
            <dt>{t('niche.examples.before')}</dt>
            <dd>
              « {t(before)} » <span className="muted">({t('niche.examples.words', { count: countWords(t(before)) })})</span>
            </dd>
            <dt>{t('niche.examples.after')}</dt>
            <dd>
              « {t(after)} » <span className="muted">({t('niche.examples.words', { count: countWords(t(after)) })})</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
