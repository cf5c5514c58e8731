-- The access matrix on PostgreSQL 15: every table of schema `app` × {anon, owner, other creator,
-- linked coach, unlinked coach, revoked coach} × {select, insert, update, delete}, read from the
-- catalogue. The world, the measure and the expected cells live in support/access-matrix.sql,
-- shared with tests/db/matrix.test.ts (PGlite). The matrix is printed as comments (diag); then
-- one assertion per table and command, and one that no table lacks its expected row.
begin;

\ir support/access-matrix.sql

select plan((select count(*)::int + 1 from access_matrix.report));

select diag(E'Access matrix on PostgreSQL 15 (rows: table × command; cells: what each person may do with the owner''s rows)\n'
            || string_agg(line, E'\n'))
  from access_matrix.printed;

select is(
  array(select r.tbl || ' ' || r.cmd from access_matrix.report r where r.expected is null order by r.tbl, r.ord),
  '{}'::text[],
  'every table of schema app has its expected row in the matrix'
);

select is(r.actual, r.expected, format('%s, %s: each person gets what the rules say', r.tbl, r.cmd))
  from access_matrix.report r
 order by r.tbl, r.ord;

select * from finish();
rollback;
