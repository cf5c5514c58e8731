import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot, queryAs } from '../support/db';

// What PostgREST answers for POST /rpc/<fn>, from the statement it builds (PostgREST 12's query
// builder, for a function taking named arguments): a set as the array of its rows, anything
// else as its first row. The embedded adapter must give the app the same.
async function postgrestAnswer(db: PGlite, userId: string | null, fn: string, args: Record<string, unknown> = {}): Promise<unknown> {
  const names = Object.keys(args);
  const call = `public.${fn}(${names.map((name, i) => `${name} => $${i + 1}`).join(', ')})`;
  const { rows: kinds } = await db.query<{ set: boolean }>(
    `select p.proretset as set from pg_proc p where p.oid = to_regproc($1)`,
    [`public.${fn}`],
  );
  const kind = kinds[0];
  if (!kind) throw new Error(`no function ${fn}`);
  // A composite or a set of them (every typed answer of this API); a scalar would be `select fn(...)`.
  const sql = kind.set
    ? `with pgrst_source as (select pgrst_call.* from ${call} pgrst_call) select coalesce(json_agg(t), '[]') as body from pgrst_source t`
    : `with pgrst_source as (select pgrst_call.* from ${call} pgrst_call) select coalesce((json_agg(t) -> 0), 'null') as body from pgrst_source t`;
  const { rows } = await queryAs<{ body: unknown }>(db, userId, sql, Object.values(args));
  return rows[0]?.body;
}

describe('the embedded adapter answers as PostgREST does', () => {
  let db: PGlite;
  let creator: string;

  beforeAll(async () => {
    db = await openSnapshot();
    creator = await createUser(db, 'Creator');
  });
  afterAll(() => db.close());

  it('a set function with no rows: an empty array', async () => {
    const answer = await callAs(db, creator, 'list_my_surveys');
    expect(answer).toEqual([]);
    expect(answer).toEqual(await postgrestAnswer(db, creator, 'list_my_surveys'));
  });

  it('a function returning one record with every field null: that object, not null', async () => {
    const answer = await callAs(db, creator, 'get_my_plan');
    expect(answer).toEqual({ id: null, sections: null, updated_at: null });
    expect(answer).toEqual(await postgrestAnswer(db, creator, 'get_my_plan'));
  });

  it('a function returning one record: one object, its nested records and arrays as JSON', async () => {
    const created = (await callAs(db, creator, 'create_survey', {
      p_title: 'Shapes',
      p_locale: 'en',
      p_questions: [{ kind: 'single_choice', prompt: 'Would you join?', options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] }],
    })) as { id: string; questions: { options: unknown }[] };
    expect(created.questions[0]?.options).toEqual([{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }]);
    expect(await callAs(db, creator, 'get_survey', { p_survey_id: created.id })).toEqual(await postgrestAnswer(db, creator, 'get_survey', { p_survey_id: created.id }));
  });

  it('a set function with rows: the array of its rows, in the order the function gives them', async () => {
    await callAs(db, creator, 'create_survey', { p_title: 'Second', p_locale: 'fr' });
    const answer = (await callAs(db, creator, 'list_my_surveys')) as { title: string }[];
    expect(answer).toHaveLength(2);
    expect(answer).toEqual(await postgrestAnswer(db, creator, 'list_my_surveys'));
  });
});
