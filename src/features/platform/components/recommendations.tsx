import { Button } from '@/components/ui/button';
import { platformFacts, PRICE_CURRENCY, type PlatformId } from '@/domain/platform-facts';
import type { HardLimit, Reason, RecommenderResult } from '@/domain/platform-recommender';
import { useT } from '@/i18n/i18n';
import { useFormatParams, useMoney } from '../hooks/use-format-params';
import { LazyDetails } from '@/components/ui/lazy-details';
import { PlatformFactsList, SourceNote } from './platform-facts-list';

interface RecommendationsProps {
  result: RecommenderResult;
  choice: PlatformId | null | undefined;
  onChoose: (id: PlatformId) => void;
}

export function useReasonText(): (reason: Pick<Reason, 'key' | 'params'>) => string {
  const t = useT();
  const format = useFormatParams();
  return (reason) => t(`platform.reason.${reason.key}`, format(reason.params));
}

export function useLimitText(): (limit: HardLimit) => string {
  const t = useT();
  const format = useFormatParams();
  const money = useMoney();
  return (limit) =>
    limit.key === 'over_budget'
      ? t('platform.limit.over_budget', { price: money(Number(limit.params.price), PRICE_CURRENCY), budget: money(Number(limit.params.budget)) })
      : t(`platform.limit.${limit.key}`, format(limit.params));
}

export function Recommendations({ result, choice, onChoose }: RecommendationsProps) {
  const t = useT();
  const reasonText = useReasonText();
  const limitText = useLimitText();
  const best = result.ranked[0];
  const summary =
    result.answered === 0
      ? t('platform.results.empty')
      : best
        ? [
            t('platform.results.summary', { platform: platformFacts[best.id].name, score: best.score }),
            result.excluded.length > 0 ? t('platform.results.excludedCount', { count: result.excluded.length }) : '',
          ].join(' ')
        : t('platform.results.none');

  return (
    <section className="recommendations" aria-labelledby="platform-results-title">
      <h2 id="platform-results-title">{t('platform.results.title')}</h2>
      <p className="results-summary" role="status">
        {summary}
      </p>
      <ol className="ranking">
        {result.ranked.map((item) => {
          const name = platformFacts[item.id].name;
          const chosen = choice === item.id;
          return (
            <li key={item.id} className={chosen ? 'platform-card platform-card-chosen' : 'platform-card'} aria-labelledby={`platform-${item.id}-name`}>
              <div className="platform-card-head">
                <h3 id={`platform-${item.id}-name`}>
                  <span className="platform-rank">{t('platform.results.rank', { rank: item.rank })}</span> {name}
                </h3>
                <p className="platform-score">{t('platform.results.score', { score: item.score })}</p>
              </div>
              <div className="score-bar" aria-hidden="true">
                <span style={{ width: `${item.score}%` }} />
              </div>
              {item.reasons.length > 0 ? (
                <>
                  <p className="platform-subtitle">{t('platform.results.why')}</p>
                  <ul className="reason-list">
                    {item.reasons.map((reason) => (
                      <li key={reason.key}>{reasonText(reason)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {item.cautions.length > 0 ? (
                <>
                  <p className="platform-subtitle">{t('platform.results.against')}</p>
                  <ul className="reason-list caution-list">
                    {item.cautions.map((reason) => (
                      <li key={reason.key}>{reasonText(reason)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              <div className="actions">
                {chosen ? (
                  <p className="chosen-badge">✓ {t('platform.results.chosen')}</p>
                ) : (
                  <Button id={`choose-${item.id}`} variant={item.rank === 1 ? 'primary' : 'secondary'} onClick={() => onChoose(item.id)}>
                    {t('platform.results.choose', { platform: name })}
                  </Button>
                )}
              </div>
              <LazyDetails className="platform-facts" summary={t('platform.results.facts', { platform: name })}>
                {() => <PlatformFactsList id={item.id} />}
              </LazyDetails>
            </li>
          );
        })}
      </ol>
      {result.excluded.length > 0 ? (
        <section className="excluded" aria-labelledby="platform-excluded-title">
          <h3 id="platform-excluded-title">{t('platform.results.excludedTitle')}</h3>
          <p className="hint">{t('platform.results.excludedHelp')}</p>
          <ul>
            {result.excluded.map((item) => (
              <li key={item.id} data-platform={item.id}>
                <strong>{platformFacts[item.id].name}</strong>
                <ul>
                  {item.limits.map((limit) => (
                    <li key={limit.key}>
                      {limitText(limit)} <SourceNote fact={limit.fact} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LazyDetails className="ranking-table" summary={t('platform.results.table')}>
        {() => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('platform.results.table.rank')}</th>
                <th scope="col">{t('platform.results.table.platform')}</th>
                <th scope="col">{t('platform.results.table.score')}</th>
                <th scope="col">{t('platform.results.table.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.ranked.map((item) => (
                <tr key={item.id}>
                  <td>{item.rank}</td>
                  <th scope="row">{platformFacts[item.id].name}</th>
                  <td>{item.score}</td>
                  <td>{item.reasons[0] ? reasonText(item.reasons[0]) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LazyDetails>
    </section>
  );
}
