import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { applyMigrations, MigrationError } from '@/data/embedded/migrate';
import { claimsFor, runRpc } from '@/data/embedded/rpc';
import { bootstrapSql, migrationFiles } from '../support/sql-files';

describe('the migrations', () => {
  // One object, one place: a function, table, policy, trigger, type or domain is created in one
  // file, once (a `create or replace` again elsewhere would silently win over the first).
  it('create each function, table, policy, trigger, type and domain exactly once', () => {
    const created = new Map<string, string[]>();
    for (const { name, sql } of migrationFiles()) {
      const code = sql.replace(/--[^\n]*/g, '');
      const patterns = [
        /create\s+(?:or\s+replace\s+)?function\s+([\w.]+)\s*\(/gi,
        /create\s+table\s+(?:if\s+not\s+exists\s+)?([\w.]+)/gi,
        /create\s+policy\s+("[^"]+"\s+on\s+[\w.]+)/gi,
        /create\s+trigger\s+(\w+\s+[\s\S]*?\s+on\s+[\w.]+)/gi,
        /create\s+(?:type|domain)\s+([\w.]+)/gi,
      ];
      for (const pattern of patterns) {
        for (const match of code.matchAll(pattern)) {
          const key = match[1]!.replace(/\s+/g, ' ').toLowerCase();
          created.set(key, [...(created.get(key) ?? []), name]);
        }
      }
    }
    expect(created.size).toBeGreaterThan(100);
    expect([...created].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});

// These start from an empty PGlite on purpose: they test the upgrade path itself.
describe('embedded migrations', () => {
  it('applies only new migrations on upgrade and keeps the data', async () => {
    const all = migrationFiles();
    const db = await PGlite.create();
    try {
      expect(await applyMigrations(db, bootstrapSql, all)).toEqual({ applied: all.map((m) => m.name), bootstrapped: true });
      const { rows } = await db.query<{ id: string }>(`insert into auth.users default values returning id::text`);
      const user = rows[0]!.id;
      await runRpc(db, {
        fn: 'save_plan_section',
        args: { p_section: 'niche', p_data: { statement: 'kept' } },
        role: 'authenticated',
        claims: claimsFor(user),
      });

      const upgrade = { name: '99990101000000_add_note.sql', sql: `alter table app.plans add column note text default 'new'` };
      expect(await applyMigrations(db, bootstrapSql, [...all, upgrade])).toEqual({ applied: [upgrade.name], bootstrapped: false });
      expect(await applyMigrations(db, bootstrapSql, [...all, upgrade])).toEqual({ applied: [], bootstrapped: false });
      // A changed bootstrap runs again, and keeps the data.
      expect(await applyMigrations(db, `${bootstrapSql}\n-- changed`, [...all, upgrade])).toEqual({ applied: [], bootstrapped: true });

      const plan = await db.query<{ note: string; sections: { niche: { statement: string } } }>(
        'select note, sections from app.plans where owner_id = $1',
        [user],
      );
      expect(plan.rows[0]).toEqual({ note: 'new', sections: { niche: { statement: 'kept' } } });
    } finally {
      await db.close();
    }
  });

  it('rolls a failing migration back whole, leaving the data untouched and the migration pending', async () => {
    const all = migrationFiles();
    const db = await PGlite.create();
    try {
      await applyMigrations(db, bootstrapSql, all);
      await db.query(`insert into auth.users (email) values ('kept@example.org')`);
      const broken = {
        name: '99990101000000_broken.sql',
        sql: `delete from auth.users; alter table app.plans add column half_done int; select 1 / 0;`,
      };
      await expect(applyMigrations(db, bootstrapSql, [...all, broken])).rejects.toBeInstanceOf(MigrationError);

      expect((await db.query('select email from auth.users')).rows).toEqual([{ email: 'kept@example.org' }]);
      const column = await db.query(
        `select 1 from information_schema.columns where table_schema = 'app' and table_name = 'plans' and column_name = 'half_done'`,
      );
      expect(column.rows).toEqual([]);
      const recorded = await db.query('select name from noyau_local.migrations where name = $1', [broken.name]);
      expect(recorded.rows).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
