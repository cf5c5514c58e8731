import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { isIsoDate } from '@/domain/calendar-date';
import {
  AUTHOR_CASES,
  AUTHOR_CONVERSION,
  currencies,
  DEFAULT_CURRENCY,
  impliedConversion,
  isRecurring,
  monthlyProjection,
  offerTypes,
  sensitivity,
  type LaunchSection,
} from '@/domain/monetization';
import { useLocale, useT } from '@/i18n/i18n';
import { formatMoney, formatNumber, formatPercent } from '@/i18n/format';
import { NumberField } from '@/components/ui/number-field';
import { defined } from '@/domain/invariant';

interface MoneyProps {
  launch: LaunchSection;
  update: (patch: Partial<LaunchSection>) => void;
  /** Members at the latest check-in. */
  currentSize: number | null;
  targetSize: number | null;
}

const marc = AUTHOR_CASES[0];
const marcConversion = defined(impliedConversion(marc.salesPerMonth, marc.community), 'the first case’s conversion');

export function MoneySection({ launch, update, currentSize, targetSize }: MoneyProps) {
  const t = useT();
  const locale = useLocale();
  const currency = launch.currency ?? DEFAULT_CURRENCY;
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const euros = (amount: number) => formatMoney(amount, 'EUR', locale);
  const pct = (rate: number) => formatPercent(rate, locale, 1);

  const price = launch.price ?? null;
  const conversion = launch.conversionRate ?? null;
  const recurring = launch.offerType ? isRecurring(launch.offerType) : false;
  const ready = price !== null && price > 0 && conversion !== null;
  const sizes = [
    ...(currentSize ? [{ key: 'current' as const, size: currentSize }] : []),
    ...(targetSize && targetSize !== currentSize ? [{ key: 'target' as const, size: targetSize }] : []),
  ];
  const tableSize = targetSize ?? currentSize;
  const table = ready && tableSize ? sensitivity({ size: tableSize, price, conversionRate: conversion }) : null;

  return (
    <section aria-labelledby="launch-money" className="launch-section">
      <h2 id="launch-money">{t('launch.money.title')}</h2>
      <p>{t('launch.money.intro')}</p>

      <div className="panel">
        <fieldset className="bare-fieldset">
          <legend>{t('launch.money.offerType')}</legend>
          <div className="choice-row">
            {offerTypes.map((offer) => (
              <label key={offer} className="inline-choice">
                <input type="radio" name="launch-offer" checked={launch.offerType === offer} onChange={() => update({ offerType: offer })} />
                {t(`launch.offer.${offer}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="targets-grid">
          <NumberField
            integer={false}
            label={recurring ? t('launch.money.priceMonthly') : t('launch.money.price')}
            value={price}
            onChange={(next) => update({ price: next })}
            min={0}
            max={100_000}
            step={1}
            invalidMessage={t('launch.money.price.invalid')}
          />
          <Field label={t('launch.money.currency')}>
            {(props) => (
              <select {...props} value={currency} onChange={(event) => update({ currency: event.target.value as typeof currency })}>
                {currencies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <NumberField
            integer={false}
            label={t('launch.money.conversion')}
            hint={t('launch.money.conversion.hint')}
            value={conversion}
            onChange={(conversionRate) => update({ conversionRate })}
            min={0}
            max={100}
            step={0.1}
            percent
            invalidMessage={t('launch.targets.percent.invalid')}
          />
          <Field label={t('launch.money.paidStart')} hint={t('launch.money.paidStart.hint')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={launch.paidStartDate ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  if (value === '') update({ paidStartDate: null });
                  else if (isIsoDate(value)) update({ paidStartDate: value });
                }}
              />
            )}
          </Field>
        </div>
      </div>

      <div className="panel projection" aria-live="polite">
        <h3>{t('launch.money.projection')}</h3>
        {!ready ? (
          <p className="muted">{t('launch.money.projection.needs')}</p>
        ) : sizes.length === 0 ? (
          <p className="muted">{t('launch.money.projection.noSize')}</p>
        ) : (
          <dl className="totals projection-totals">
            {sizes.map(({ key, size }) => {
              const p = monthlyProjection({ size, conversionRate: conversion, price });
              return (
                <div key={key}>
                  <dt>{t(`launch.money.projection.${key}`, { size: formatNumber(size, locale) })}</dt>
                  <dd>{t('launch.money.perMonth', { amount: money(p.revenue) })}</dd>
                  <dd className="muted projection-detail">
                    {t(recurring ? 'launch.money.projection.payers' : 'launch.money.projection.sales', {
                      buyers: formatNumber(p.buyers, locale),
                      price: money(price),
                    })}
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
        <p className="hint how">{t('launch.money.projection.how')}</p>
        {ready && !recurring ? <p className="hint">{t('launch.money.projection.oneOff')}</p> : null}
      </div>

      <div className="panel">
        <h3>{t('launch.money.cases.title')}</h3>
        <p className="hint author-figure">{t('launch.money.cases.source')}</p>
        <ul className="cases">
          <li>
            {t('launch.money.cases.marc', {
              community: formatNumber(marc.community, locale),
              price: euros(marc.price),
              sales: marc.salesPerMonth,
              revenue: euros(marc.monthlyRevenue),
              conversion: pct(marcConversion),
            })}{' '}
            <Button variant="link" onClick={() => update({ conversionRate: marcConversion })}>
              {t('launch.money.cases.use', { conversion: pct(marcConversion) })}
            </Button>
          </li>
          <li>
            {t('launch.money.cases.sophie', {
              community: formatNumber(AUTHOR_CASES[1].community, locale),
              price: euros(AUTHOR_CASES[1].price),
              retention: pct(AUTHOR_CASES[1].retention),
            })}
          </li>
          <li>
            {t('launch.money.cases.thomas', {
              community: formatNumber(AUTHOR_CASES[2].community, locale),
              price: euros(AUTHOR_CASES[2].price),
              months: AUTHOR_CASES[2].waitingListMonths,
            })}
          </li>
          <li>{t('launch.money.cases.study', { micro: pct(AUTHOR_CONVERSION.micro), large: pct(AUTHOR_CONVERSION.large) })}</li>
        </ul>
      </div>

      {table && tableSize ? (
        <div className="panel">
          <h3 id="launch-sensitivity">{t('launch.money.sensitivity.title')}</h3>
          <div className="table-scroll" role="region" aria-labelledby="launch-sensitivity" tabIndex={0}>
            <table className="sensitivity">
              <caption>{t('launch.money.sensitivity.caption', { size: formatNumber(tableSize, locale) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('launch.money.sensitivity.corner')}</th>
                  {table.prices.map((p) => (
                    <th key={p} scope="col">{money(p)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.conversions.map((c, i) => (
                  <tr key={c}>
                    <th scope="row">{pct(c)}</th>
                    {table.prices.map((p, j) => {
                      const chosen = Math.abs(c - (conversion ?? NaN)) < 1e-9 && Math.abs(p - (price ?? NaN)) < 1e-9;
                      const revenue = money(defined(table.revenue[i]?.[j], 'a revenue for each conversion and price'));
                      return <td key={p} className={chosen ? 'chosen' : undefined}>{chosen ? <strong>{revenue}</strong> : revenue}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </section>
  );
}
