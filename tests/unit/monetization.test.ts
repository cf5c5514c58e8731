import { describe, expect, it } from 'vitest';
import {
  AUTHOR_CASES,
  currencies,
  impliedConversion,
  isRecurring,
  monthlyProjection,
  offerTypes,
  roundPrice,
  sensitivity,
} from '@/domain/monetization';

describe('monthlyProjection', () => {
  it('reproduces the article’s first case: 600 followers, 30 sales of 500 € → 15,000 € a month', () => {
    const marc = AUTHOR_CASES[0];
    const conversion = impliedConversion(marc.salesPerMonth, marc.community)!;
    expect(conversion).toBeCloseTo(0.05);
    const projection = monthlyProjection({ size: marc.community, conversionRate: conversion, price: marc.price });
    expect(projection.buyers).toBeCloseTo(30);
    expect(projection.revenue).toBeCloseTo(marc.monthlyRevenue);
  });

  it('never projects below zero', () => {
    expect(monthlyProjection({ size: -5, conversionRate: 0.1, price: 10 })).toEqual({ buyers: 0, revenue: 0 });
    expect(monthlyProjection({ size: 100, conversionRate: 0.1, price: -10 }).revenue).toBe(0);
    expect(impliedConversion(3, 0)).toBeNull();
  });
});

describe('sensitivity', () => {
  it('crosses the reference conversions and the chosen one with prices around the chosen one', () => {
    const table = sensitivity({ size: 200, price: 97, conversionRate: 0.03 });
    expect(table.conversions).toEqual([0.01, 0.021, 0.03, 0.05, 0.085]);
    expect(table.prices).toEqual([49, 73, 97, 146, 194]);
    expect(table.revenue[2]![2]).toBeCloseTo(200 * 0.03 * 97);
    expect(table.revenue).toHaveLength(5);
    expect(table.revenue.every((row) => row.length === 5)).toBe(true);
  });

  it('does not repeat a conversion already in the references, and keeps cents for small prices', () => {
    const table = sensitivity({ size: 100, price: 9, conversionRate: 0.05 });
    expect(table.conversions).toEqual([0.01, 0.021, 0.05, 0.085]);
    expect(table.prices).toEqual([4.5, 6.75, 9, 14, 18]);
    expect(roundPrice(145.5)).toBe(146);
  });

  it('collapses prices of zero to one column', () => {
    expect(sensitivity({ size: 100, price: 0, conversionRate: 0.05 }).prices).toEqual([0]);
  });
});

describe('offers and currencies', () => {
  it('come from the plan section’s schema', () => {
    expect(offerTypes).toEqual(['programme', 'course', 'subscription', 'paid_group']);
    expect(currencies).toEqual(['EUR', 'USD', 'GBP', 'CAD', 'CHF']);
    expect(offerTypes.filter(isRecurring)).toEqual(['subscription', 'paid_group']);
  });
});
