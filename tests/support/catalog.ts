import type { PGliteInterface } from '@electric-sql/pglite';

// Everything the migrations define, read from the catalogs, without OIDs: two databases with the
// same schema give equal snapshots. System schemas are left out.
const userSchemas = `n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg_temp%' and n.nspname not like 'pg_toast_temp%'`;

const queries: Record<string, string> = {
  schemas: `select n.nspname, n.nspacl::text from pg_namespace n where ${userSchemas} order by 1`,
  roles: `select rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolbypassrls from pg_roles where rolname not like 'pg\\_%' order by 1`,
  relations: `select n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity, c.relacl::text
                from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${userSchemas} order by 1, 2`,
  columns: `select n.nspname, c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid) as default_value, a.attgenerated, a.attidentity, a.attacl::text
              from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
              left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
             where ${userSchemas} and a.attnum > 0 and not a.attisdropped order by 1, 2, 4`,
  constraints: `select n.nspname, c.conrelid::regclass::text as rel, c.contypid::regtype::text as domain, c.conname, c.contype, pg_get_constraintdef(c.oid) as def
                  from pg_constraint c join pg_namespace n on n.oid = c.connamespace where ${userSchemas} order by 1, 2, 3, 4`,
  indexes: `select schemaname, tablename, indexname, indexdef from pg_indexes where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2, 3`,
  policies: `select schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check from pg_policies order by 1, 2, 3`,
  functions: `select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args, pg_get_function_result(p.oid) as result,
                     p.prokind, p.prosecdef, p.provolatile, p.proconfig::text, p.proacl::text, md5(pg_get_functiondef(p.oid)) as body
                from pg_proc p join pg_namespace n on n.oid = p.pronamespace where ${userSchemas} and p.prokind <> 'a' order by 1, 2, 3`,
  triggers: `select c.relname, t.tgname, pg_get_triggerdef(t.oid) as def, t.tgenabled
               from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
              where ${userSchemas} and not t.tgisinternal order by 1, 2`,
  types: `select n.nspname, t.typname, t.typtype, format_type(t.typbasetype, t.typtypmod) as base, t.typacl::text
            from pg_type t join pg_namespace n on n.oid = t.typnamespace
           where ${userSchemas} and t.typtype in ('d', 'e', 'c') and (t.typtype <> 'c' or t.typrelid = 0 or exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
           order by 1, 2`,
  enums: `select t.typname, e.enumsortorder, e.enumlabel from pg_enum e join pg_type t on t.oid = e.enumtypid order by 1, 2`,
  views: `select schemaname, viewname, definition from pg_views where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`,
  defaultPrivileges: `select defaclrole::regrole::text, defaclnamespace::regnamespace::text, defaclobjtype, defaclacl::text from pg_default_acl order by 1, 2, 3`,
  extensions: `select extname, extversion from pg_extension order by 1`,
};

export async function catalogSnapshot(db: PGliteInterface): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(queries)) snapshot[name] = (await db.query(sql)).rows;
  return snapshot;
}
