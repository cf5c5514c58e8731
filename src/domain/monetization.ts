// Money: what the community could bring in each month, from its size, an offer's price and the
// share of members expected to buy. The article's cases are reference points, its author's own.
import { sectionSchemas, type Sections } from './plan';
import { defined } from './invariant';

export type LaunchSection = NonNullable<Sections['launch']>;

// The lists live in the section's schema (plan.ts); read from there so they cannot drift.
export const offerTypes: readonly OfferType[] = sectionSchemas.launch.shape.offerType.unwrap().unwrap().options;
export type OfferType = NonNullable<LaunchSection['offerType']>;
export const currencies: readonly Currency[] = sectionSchemas.launch.shape.currency.unwrap().options;
export type Currency = NonNullable<LaunchSection['currency']>;
export const DEFAULT_CURRENCY: Currency = 'EUR';

/** The currency the creator chose (the launch step asks it), the default until then: every amount of theirs is in it. */
export const planCurrency = (sections: Sections): Currency => sections.launch?.currency ?? DEFAULT_CURRENCY;

/** Subscriptions and paid groups are paid every month; a programme or course once. */
export function isRecurring(offer: OfferType): boolean {
  return offer === 'subscription' || offer === 'paid_group';
}

export interface Projection {
  /** Expected buyers (or paying members) a month; not rounded. */
  buyers: number;
  revenue: number;
}

/** Monthly revenue = community size × monthly conversion × price. */
export function monthlyProjection({ size, conversionRate, price }: { size: number; conversionRate: number; price: number }): Projection {
  const buyers = Math.max(0, size) * Math.max(0, conversionRate);
  return { buyers, revenue: buyers * Math.max(0, price) };
}

/** The conversion a case implies: sales a month ÷ community size. */
export function impliedConversion(salesPerMonth: number, size: number): number | null {
  return size > 0 ? salesPerMonth / size : null;
}

export interface AuthorCase {
  key: string;
  community: number;
  offer: OfferType;
  /** In euros, as the article gives it. */
  price: number;
  salesPerMonth?: number;
  monthlyRevenue?: number;
  retention?: number;
  waitingListMonths?: number;
}

/**
 * The article's cases, as its author tells them (amounts in euros, not converted). Only the
 * first gives sales; the others say what else those communities have: retention, a waiting list.
 */
export const AUTHOR_CASES = [
  { key: 'marc', community: 600, offer: 'programme', price: 500, salesPerMonth: 30, monthlyRevenue: 15_000 },
  { key: 'sophie', community: 350, offer: 'course', price: 1_200, retention: 0.95 },
  { key: 'thomas', community: 1_200, offer: 'subscription', price: 97, waitingListMonths: 6 },
] as const satisfies readonly AuthorCase[];

/** The author's study of 147 creators (Oct.–Dec. 2024): conversion in micro-communities and in large audiences. */
export const AUTHOR_CONVERSION = { micro: 0.085, large: 0.021 } as const;

/** Conversions the sensitivity table always shows: 1 %, the study's two figures, the first case's 5 %. */
export const REFERENCE_CONVERSIONS = [0.01, AUTHOR_CONVERSION.large, defined(impliedConversion(30, 600), 'the first case’s conversion'), AUTHOR_CONVERSION.micro] as const;
export const PRICE_FACTORS = [0.5, 0.75, 1, 1.5, 2] as const;

/** Whole units from 10 up, cents below: 48.5 → 48.5, 145.5 → 146. */
export function roundPrice(price: number): number {
  return price >= 10 ? Math.round(price) : Math.round(price * 100) / 100;
}

export interface Sensitivity {
  conversions: number[];
  prices: number[];
  /** revenue[conversionIndex][priceIndex] */
  revenue: number[][];
}

/** Monthly revenue for prices around the chosen one and conversions around the chosen one. */
export function sensitivity({ size, price, conversionRate }: { size: number; price: number; conversionRate: number }): Sensitivity {
  const conversions = uniqueSorted([...REFERENCE_CONVERSIONS, conversionRate]);
  const prices = uniqueSorted(PRICE_FACTORS.map((f) => (f === 1 ? price : roundPrice(price * f))));
  return {
    conversions,
    prices,
    revenue: conversions.map((c) => prices.map((p) => monthlyProjection({ size, conversionRate: c, price: p }).revenue)),
  };
}

function uniqueSorted(values: number[]): number[] {
  const sorted = values.filter((v) => Number.isFinite(v) && v >= 0).sort((a, b) => a - b);
  const unique: number[] = [];
  for (const value of sorted) {
    const last = unique.at(-1);
    if (last === undefined || Math.abs(value - last) > 1e-9) unique.push(value);
  }
  return unique;
}

