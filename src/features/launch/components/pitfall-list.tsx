import type { Pitfall } from '@/domain/pitfalls';
import { useLocale, useT } from '@/i18n/i18n';
import { formatDate, formatNumber, formatPercent } from '@/i18n/format';

/** The pitfalls the figures show, each with what raised it and what to do. */
export function PitfallList({ pitfalls }: { pitfalls: readonly Pitfall[] }) {
  const t = useT();
  const locale = useLocale();
  const pct = (value: number) => formatPercent(value, locale, 0);

  const seen = (p: Pitfall): string => {
    switch (p.key) {
      case 'growth_race':
        return t('launch.pitfall.growth_race.seen', { growth: pct(p.growth), from: pct(p.activeFrom), to: pct(p.activeTo) });
      case 'burnout':
        return t(p.rising ? 'launch.pitfall.burnout.seenRising' : 'launch.pitfall.burnout.seenSteady', {
          hours: formatNumber(p.hours, locale),
          budget: formatNumber(p.budget, locale),
        });
      case 'guru':
        return t('launch.pitfall.guru.seen', { share: pct(p.share), count: p.conversations });
      case 'automated':
        return t('launch.pitfall.automated.seen');
      case 'no_revenue':
        return t('launch.pitfall.no_revenue.seen');
      case 'asking_before_giving':
        return t('launch.pitfall.asking_before_giving.seen', { paid: formatDate(p.paidStart, locale), earliest: formatDate(p.earliest, locale) });
    }
  };

  return (
    <section aria-labelledby="launch-pitfalls" className="launch-section">
      <h2 id="launch-pitfalls">{t('launch.pitfalls.title')}</h2>
      {pitfalls.length === 0 ? (
        <p className="finding finding-ok">{t('launch.pitfalls.none')}</p>
      ) : (
        <ul className="finding-list pitfall-list">
          {pitfalls.map((p) => (
            <li key={p.key} className="finding finding-warning" data-pitfall={p.key}>
              <h3 className="finding-title">{t(`launch.pitfall.${p.key}.title`)}</h3>
              <p>{seen(p)}</p>
              <p>
                <strong>{t('launch.pitfalls.advice')}</strong> {t(`launch.pitfall.${p.key}.advice`)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('launch.pitfalls.how')}</p>
    </section>
  );
}
