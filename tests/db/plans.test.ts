import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot, queryAs } from '../support/db';

let db: PGlite;
let alice: string;
let bob: string;

beforeAll(async () => {
  db = await openSnapshot();
});
afterAll(() => db.close());

// Two new people for every test: none depends on what another test wrote.
beforeEach(async () => {
  alice = await createUser(db, 'Alice');
  bob = await createUser(db, 'Bob');
  await callAs(db, alice, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'yoga pour cavaliers' } });
});

async function alicePlan() {
  const { rows } = await db.query<{ sections: Record<string, unknown> }>('select sections from app.plans where owner_id = $1', [alice]);
  return rows[0]?.sections;
}

describe('a plan belongs to its owner', () => {
  it('lets the owner read back what they saved', async () => {
    const plan = (await callAs(db, alice, 'get_my_plan')) as { sections: { niche: { statement: string } } };
    expect(plan.sections.niche.statement).toBe('yoga pour cavaliers');
  });

  it('merges sections instead of replacing the plan', async () => {
    await callAs(db, alice, 'save_plan_section', { p_section: 'platform', p_data: { choice: 'discord' } });
    expect(await alicePlan()).toMatchObject({ niche: { statement: 'yoga pour cavaliers' }, platform: { choice: 'discord' } });
  });

  it('shows a second user no plan, and no row of the first user’s', async () => {
    expect(await callAs(db, bob, 'get_my_plan')).toEqual({ id: null, sections: null, updated_at: null });
    const { rows } = await queryAs(db, bob, 'select * from app.plans');
    expect(rows).toEqual([]);
  });

  it('does not let a second user change or delete the first user’s plan', async () => {
    const before = await alicePlan();
    const updated = await queryAs(db, bob, `update app.plans set sections = '{}' where owner_id = $1`, [alice]);
    expect(updated.affectedRows).toBe(0);
    const deleted = await queryAs(db, bob, 'delete from app.plans where owner_id = $1', [alice]);
    expect(deleted.affectedRows).toBe(0);
    await expect(
      queryAs(db, bob, `insert into app.plans (owner_id, sections) values ($1, '{}')`, [alice]),
    ).rejects.toMatchObject({ code: '42501' });
    expect(await alicePlan()).toEqual(before);
  });

  it('gives a second user their own plan when they save', async () => {
    await callAs(db, bob, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'échecs pour retraités' } });
    const plan = (await callAs(db, bob, 'get_my_plan')) as { sections: { niche: { statement: string } } };
    expect(plan.sections.niche.statement).toBe('échecs pour retraités');
    expect(await alicePlan()).toMatchObject({ niche: { statement: 'yoga pour cavaliers' } });
  });

  it('keeps anon away from app.plans and the plan functions', async () => {
    await expect(queryAs(db, null, 'select * from app.plans')).rejects.toMatchObject({ code: '42501' });
    await expect(callAs(db, null, 'get_my_plan')).rejects.toMatchObject({ code: '42501' });
    await expect(
      callAs(db, null, 'save_plan_section', { p_section: 'niche', p_data: {} }),
    ).rejects.toMatchObject({ code: '42501' });
  });
});

describe('save_plan_section refuses bad input and writes nothing', () => {
  it.each([
    ['an unknown section', { p_section: 'secrets', p_data: {} }, 'invalid_section'],
    ['a payload that is not an object', { p_section: 'niche', p_data: ['a'] }, 'invalid_section'],
    ['a payload over 32 KB', { p_section: 'niche', p_data: { statement: 'x'.repeat(40_000) } }, 'section_too_large'],
  ])('%s', async (_case, args, key) => {
    const before = await alicePlan();
    await expect(callAs(db, alice, 'save_plan_section', args)).rejects.toMatchObject({ code: 'P0001', message: key });
    expect(await alicePlan()).toEqual(before);
  });

  it('applies each section’s own bounds, the launch plan’s included', async () => {
    const before = await alicePlan();
    await expect(
      callAs(db, alice, 'save_plan_section', { p_section: 'launch', p_data: { price: -5 } }),
    ).rejects.toMatchObject({ code: 'P0001', message: 'invalid_section' });
    await expect(
      callAs(db, alice, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'x'.repeat(201) } }),
    ).rejects.toMatchObject({ code: 'P0001', message: 'niche_too_long' });
    expect(await alicePlan()).toEqual(before);
  });

  it('asks for a session when the claims carry no user', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.exec(`set local role authenticated; select set_config('request.jwt.claims', '', true)`);
        await tx.query('select public.get_my_plan()');
      }),
    ).rejects.toMatchObject({ code: 'P0001', message: 'not_authenticated' });
    await db.exec('reset role');
  });
});
