import type { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSnapshot } from '../support/db';

// The access matrix on PGlite: every table of schema `app` × {anon, owner, other creator, linked
// coach, unlinked coach, revoked coach} × {select, insert, update, delete}. The world, the
// measure and the expected cells are one SQL file, shared with the pgTAP run on PostgreSQL 15
// (supabase/tests/database/08-access-matrix.sql), so both databases answer the same questions.
const engine = fs.readFileSync(path.resolve(import.meta.dirname, '../../supabase/tests/database/support/access-matrix.sql'), 'utf8');

type Row = { tbl: string; cmd: string; actual: Record<string, string>; expected: Record<string, string> | null };
let db: PGlite;
let rows: Row[];

beforeAll(async () => {
  db = await openSnapshot();
  await db.transaction(async (tx) => {
    await tx.exec(engine);
  });
  rows = (await db.query<Row>('select tbl, cmd, actual, expected from access_matrix.report order by tbl, ord')).rows;
  const printed = (await db.query<{ line: string }>('select line from access_matrix.printed')).rows.map((r) => r.line);
  console.log(`\nAccess matrix on PGlite (rows: table × command; cells: what each person may do with the owner's rows)\n${printed.join('\n')}\n`);
});
afterAll(() => db.close());

describe('the access matrix (PGlite)', () => {
  it('covers every table of schema app, each with its expected row', async () => {
    const tables = (await db.query<{ t: string }>(`select c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'app' and c.relkind in ('r', 'p') order by 1`)).rows.map((r) => r.t);
    expect(tables.length).toBeGreaterThanOrEqual(12);
    expect([...new Set(rows.map((r) => r.tbl))]).toEqual(tables);
    expect(rows.filter((r) => !r.expected).map((r) => `${r.tbl} ${r.cmd}`)).toEqual([]);
  });

  it('gives every cell its expected answer', () => {
    const mismatches = rows.flatMap((r) =>
      Object.entries(r.actual)
        .filter(([person, actual]) => actual !== r.expected?.[person])
        .map(([person, actual]) => `${r.tbl} ${r.cmd} as ${person}: ${actual} (expected ${r.expected?.[person] ?? 'nothing'})`),
    );
    expect(mismatches).toEqual([]);
  });

  it('lets anon do nothing at all, and the other creator nothing with the owner’s rows', () => {
    expect(rows.every((r) => r.actual.anon === 'denied')).toBe(true);
    expect(rows.every((r) => ['denied', 'none'].includes(r.actual.other_creator!))).toBe(true);
    expect(rows.every((r) => ['denied', 'none'].includes(r.actual.unlinked_coach!))).toBe(true);
  });
});
