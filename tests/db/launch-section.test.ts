import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionSchemas } from '@/domain/plan';
import { callAs, createUser, openSnapshot, storedSection } from '../support/db';

// app.check_launch_section holds the launch bounds; app.check_plan_section calls it for the
// launch section. Most cases call it directly, as an API role would reach it; the last ones go
// through save_plan_section, as the browser's autosave does.
let db: PGlite;
let owner: string;

beforeAll(async () => {
  db = await openSnapshot();
  owner = await createUser(db);
});
afterAll(() => db.close());

async function check(data: unknown) {
  return db.transaction(async (tx) => {
    await tx.exec('set local role authenticated');
    await tx.query('select app.check_launch_section($1::jsonb)', [JSON.stringify(data)]);
  });
}

const launch = {
  offerType: 'programme',
  price: 497.5,
  currency: 'CHF',
  conversionRate: 0.05,
  hoursBudget: 6,
  usesBots: false,
  paidStartDate: '2027-03-01',
  targetSize: 1_200,
  activeRateTarget: 0.4,
  cellSize: 300,
  members: [
    { id: 'm-1', name: 'Léa <b>', level: 'contributing' },
    { id: 'm-2', name: '', level: 'exploring' },
  ],
  notes: 'kept: unknown keys stay, as in the browser',
};

describe('the launch section in SQL', () => {
  it('accepts a full plan as the browser schema writes it, and an empty one', async () => {
    expect(sectionSchemas.launch.safeParse(launch).success).toBe(true);
    await expect(check(launch)).resolves.toBeUndefined();
    await expect(check({})).resolves.toBeUndefined();
    await expect(check({ offerType: null, price: null, conversionRate: null, hoursBudget: null, usesBots: null, paidStartDate: null, targetSize: null, activeRateTarget: null, cellSize: null, members: [] })).resolves.toBeUndefined();
  });

  it('accepts the bounds themselves', async () => {
    const edges = { price: 100_000, conversionRate: 1, hoursBudget: 80, targetSize: 100_000, activeRateTarget: 0, cellSize: 150, members: Array.from({ length: 150 }, (_, i) => ({ id: `m${i}`, name: 'n'.repeat(80), level: 'leading' })) };
    expect(sectionSchemas.launch.safeParse(edges).success).toBe(true);
    await expect(check(edges)).resolves.toBeUndefined();
  });

  const member = { id: 'm-1', name: 'Ana', level: 'leading' };
  it.each([
    ['an unknown offer', { offerType: 'nft' }],
    ['an unknown currency', { currency: 'BTC' }],
    ['a negative price', { price: -1 }],
    ['a price over 100,000', { price: 100_001 }],
    ['a price as text', { price: '500' }],
    ['a conversion over 100 %', { conversionRate: 1.5 }],
    ['an hours budget over 80', { hoursBudget: 81 }],
    ['a target size of 0', { targetSize: 0 }],
    ['a target size that is not whole', { targetSize: 10.5 }],
    ['a cell size under 150', { cellSize: 100 }],
    ['a cell size over 500', { cellSize: 501 }],
    ['an active-rate target over 100 %', { activeRateTarget: 2 }],
    ['bots as text', { usesBots: 'yes' }],
    ['a date that does not exist', { paidStartDate: '2027-02-30' }],
    ['a date in another format', { paidStartDate: '01/03/2027' }],
    ['members that are not a list', { members: { a: member } }],
    ['151 members', { members: Array.from({ length: 151 }, (_, i) => ({ ...member, id: `m${i}` })) }],
    ['an unknown level', { members: [{ ...member, level: 'vip' }] }],
    ['a name over 80 characters', { members: [{ ...member, name: 'n'.repeat(81) }] }],
    ['an id with spaces', { members: [{ ...member, id: 'a b' }] }],
    ['two members with one id', { members: [member, member] }],
  ])('refuses %s, as the browser does', async (_case, data) => {
    expect(sectionSchemas.launch.safeParse(data).success, 'the browser refuses it too').toBe(false);
    await expect(check(data)).rejects.toMatchObject({ code: 'P0001', message: 'invalid_section' });
  });

  it('is what save_plan_section applies to the launch section: a refused plan writes nothing', async () => {
    const stored = () => storedSection(db, owner, 'launch');
    await callAs(db, owner, 'save_plan_section', { p_section: 'launch', p_data: launch });
    expect(await stored()).toEqual(launch);
    await expect(callAs(db, owner, 'save_plan_section', { p_section: 'launch', p_data: { ...launch, conversionRate: 2 } })).rejects.toMatchObject({
      code: 'P0001',
      message: 'invalid_section',
    });
    expect(await stored()).toEqual(launch);
  });
});
