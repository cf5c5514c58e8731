begin;
select plan(6);

insert into auth.users (id, email) values ('00000000-0000-4000-8000-00000000c0a1', 'niche@example.org');
select tests.authenticate_as('00000000-0000-4000-8000-00000000c0a1');

select lives_ok(
  $$ select public.save_plan_section('niche', jsonb_build_object('statement', repeat('é', 200), 'targetSize', 300)) $$,
  'a 200-character statement is stored'
);
select throws_ok(
  $$ select public.save_plan_section('niche', jsonb_build_object('statement', repeat('a', 201))) $$,
  'P0001', 'niche_too_long', 'a statement over 200 characters is refused'
);
select throws_ok(
  $$ select public.save_plan_section('niche', '{"statement": 42}') $$,
  'P0001', 'invalid_section', 'a statement must be text'
);
select throws_ok(
  $$ select public.save_plan_section('niche', '{"statement": "ok", "startSize": 2.5}') $$,
  'P0001', 'invalid_section', 'a size is a whole number'
);
select throws_ok(
  $$ select public.save_plan_section('niche', '{"statement": "ok", "targetSize": 0}') $$,
  'P0001', 'invalid_section', 'a size is at least 1'
);
select is(
  (select sections -> 'niche' ->> 'statement' from app.plans where owner_id = '00000000-0000-4000-8000-00000000c0a1'),
  repeat('é', 200),
  'refused calls left the stored statement as it was'
);

select * from finish();
rollback;
