import { useId, useState } from 'react';
import { Link } from 'react-router';
import { sectionKeys } from '@/domain/plan';
import { useLocale, useT } from '@/i18n/i18n';
import { needsReview, sortKeys, statusFilters, visiblePlans, type CoachPlanItem, type SortKey, type StatusFilter } from '../lib/plan-list';
import { formatInstant } from '@/i18n/format';

function VerdictCell({ item }: { item: CoachPlanItem }) {
  const t = useT();
  if (item.evidence === 'none') return <span className="muted">{t('coach.list.noEvidence')}</span>;
  return (
    <>
      {item.evidence === 'survey' ? (
        <span>{t('coach.list.responses', { count: item.responses ?? 0 })}</span>
      ) : (
        <span>{t('coach.list.post')}</span>
      )}
      <br />
      <span className={`verdict-chip verdict-chip-${item.verdict?.state ?? 'none'}`}>
        {item.verdict ? t(`coach.verdict.${item.verdict.state}`) : t('coach.verdict.none')}
      </span>
    </>
  );
}

/** The clients' plans: search, filter by review status, sort; one row per plan. */
export function ClientList({ plans }: { plans: readonly CoachPlanItem[] }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [sort, setSort] = useState<SortKey>('waiting');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [search, setSearch] = useState('');
  const shown = visiblePlans(plans, { sort, filter, search, locale });
  const date = (iso: string) => formatInstant(iso, locale);

  return (
    <section aria-labelledby={`${id}-title`} className="client-list">
      <h2 id={`${id}-title`}>{t('coach.list.title', { count: plans.length })}</h2>
      <div className="client-list-controls" role="group" aria-label={t('coach.list.controls')}>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('coach.list.search')}</label>
          <input id={`${id}-search`} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-filter`}>{t('coach.list.filter')}</label>
          <select id={`${id}-filter`} value={filter} onChange={(event) => setFilter(event.target.value as StatusFilter)}>
            {statusFilters.map((value) => (
              <option key={value} value={value}>
                {t(`coach.list.filter.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('coach.list.sort')}</label>
          <select id={`${id}-sort`} value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
            {sortKeys.map((value) => (
              <option key={value} value={value}>
                {t(`coach.list.sort.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted" role="status">
        {t('coach.list.shown', { shown: shown.length, total: plans.length })}
      </p>
      {shown.length === 0 ? (
        <p className="empty-state">{t('coach.list.noMatch')}</p>
      ) : (
        <div className="table-scroll">
          <table className="client-table">
            <caption className="visually-hidden">{t('coach.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coach.list.client')}</th>
                <th scope="col">{t('coach.list.progress')}</th>
                <th scope="col">{t('coach.list.evidence')}</th>
                <th scope="col">{t('coach.list.activity')}</th>
                <th scope="col">{t('coach.list.review')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={item.planId}>
                  <th scope="row">
                    <Link to={`/coach/plans/${item.planId}`}>{item.clientName || t('coach.list.unnamed')}</Link>
                    {item.waiting ? (
                      <>
                        {' '}
                        <span className="status-badge status-warning">{t('coach.list.waiting')}</span>
                      </>
                    ) : null}
                    <br />
                    <span className="muted" dir="auto">
                      {item.niche || t('coach.list.noNiche')}
                    </span>
                  </th>
                  <td>
                    <span>{t('coach.list.steps', { done: item.stepsDone.length, total: sectionKeys.length })}</span>
                    <ol className="step-chips" aria-label={t('coach.list.stepsLabel')}>
                      {sectionKeys.map((key) => {
                        const done = item.stepsDone.includes(key);
                        return (
                          <li key={key} className={done ? 'step-chip step-chip-done' : 'step-chip'}>
                            <span aria-hidden="true">{done ? '✓' : '·'}</span> {t(`step.${key}`)}
                            <span className="visually-hidden"> {t(done ? 'coach.list.stepDone' : 'coach.list.stepTodo')}</span>
                          </li>
                        );
                      })}
                    </ol>
                  </td>
                  <td>
                    <VerdictCell item={item} />
                  </td>
                  <td>
                    <time dateTime={item.lastActivity}>{date(item.lastActivity)}</time>
                  </td>
                  <td>
                    {item.review ? (
                      <>
                        <span className={`status-badge status-${item.review.status === 'approved' ? 'published' : 'warning'}`}>
                          {t(`coach.status.${item.review.status}`)}
                        </span>{' '}
                        <span className="muted">{date(item.review.updatedAt)}</span>
                      </>
                    ) : (
                      <span className="muted">{t('coach.list.notReviewed')}</span>
                    )}
                    {item.review && needsReview(item) ? (
                      <>
                        <br />
                        <span className="muted">{t('coach.list.changedSince')}</span>
                      </>
                    ) : null}
                    {item.latestVersion !== null ? (
                      <>
                        <br />
                        <span className="muted">{t('coach.list.version', { number: item.latestVersion })}</span>
                      </>
                    ) : null}
                    {item.commentCount > 0 ? (
                      <>
                        <br />
                        <span className="muted">
                          {t('coach.list.comments', { count: item.commentCount })}
                          {item.openThreads > 0 ? ` · ${t('coach.list.openThreads', { count: item.openThreads })}` : null}
                        </span>
                      </>
                    ) : null}
                    {item.unread > 0 ? (
                      <>
                        <br />
                        <strong>{t('coach.list.unread', { count: item.unread })}</strong>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
