-- Coach review on PostgreSQL 15, through the API: invitations (single-use, expiring, revocable,
-- not one's own, not for anonymous sign-ins), comments (bounds, plain text, threads), review
-- status (about a version the creator sent: the whole loop is 16-review-loop.sql), revocation
-- taking effect at the next call, and survey results for a linked coach.
-- Who may touch which table is 08-access-matrix.sql.
begin;
select plan(38);

insert into auth.users (id, email) values
  ('aaaaaaaa-0009-4aaa-8aaa-aaaaaaaaaaaa', 'creator9@test.local'),
  ('cccccccc-0009-4ccc-8ccc-cccccccccccc', 'coach9@test.local'),
  ('dddddddd-0009-4ddd-8ddd-dddddddddddd', 'other-coach9@test.local'),
  ('eeeeeeee-0009-4eee-8eee-eeeeeeeeeeee', null),
  ('ffffffff-0009-4fff-8fff-ffffffffffff', 'creator-only9@test.local');

create temporary table codes (name text primary key, code text, id uuid);
grant select, insert, update on codes to authenticated;

-- ── the coaches set their role; an anonymous sign-in cannot ──────────────────
select tests.authenticate_as('cccccccc-0009-4ccc-8ccc-cccccccccccc', false);
select lives_ok($$select public.save_my_profile('Léa', array['coach'])$$, 'a coach with an account turns on the coach role');
select tests.authenticate_as('dddddddd-0009-4ddd-8ddd-dddddddddddd', false);
select lives_ok($$select public.save_my_profile('Marc', array['coach'])$$, 'another coach too');
select tests.authenticate_as('eeeeeeee-0009-4eee-8eee-eeeeeeeeeeee', true);
select throws_ok($$select public.save_my_profile('Guest', array['creator', 'coach'])$$,
  'P0001', 'coach_needs_email', 'an anonymous sign-in cannot take the coach role');

-- ── the creator makes invitations ────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-0009-4aaa-8aaa-aaaaaaaaaaaa', true);
select lives_ok($$select public.save_plan_section('niche', '{"statement": "productivity for introverted freelancers"}')$$,
  'an anonymous creator writes a plan');
insert into codes
select x.n, x.i ->> 'code', (x.i ->> 'id')::uuid
  from (select n, tests.create_coach_invitation() as i
          from unnest(array['first', 'second', 'expired', 'revoked', 'own']) n) x;
insert into codes values ('plan', null, (tests.get_my_plan() ->> 'id')::uuid);
select is((select count(distinct code)::int from codes where code ~ '^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$'), 5,
  'each invitation comes with its own 32-character code (160 bits)');
select is((select count(*)::int from app.coach_invitations where code_hash = sha256(convert_to(replace((select code from codes where name = 'first'), '-', ''), 'UTF8'))),
  1, 'the code is stored as its sha256');
select is((select count(*)::int from app.coach_invitations i where i::text like '%' || (select left(code, 9) from codes where name = 'first') || '%'),
  0, 'the code itself is not stored');
select is(tests.revoke_coach_invitation((select id from codes where name = 'revoked')) ->> 'status', 'revoked',
  'the creator revokes an invitation');
select tests.clear_authentication();
update app.coach_invitations set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'
 where id = (select id from codes where name = 'expired');

-- ── accepting ────────────────────────────────────────────────────────────────
select tests.authenticate_as('eeeeeeee-0009-4eee-8eee-eeeeeeeeeeee', true);
select throws_ok(format('select public.accept_coach_invitation(%L)', (select code from codes where name = 'first')),
  'P0001', 'coach_needs_email', 'an anonymous sign-in cannot accept an invitation');
select tests.authenticate_as('aaaaaaaa-0009-4aaa-8aaa-aaaaaaaaaaaa', false);
select lives_ok($$select public.save_my_profile('Camille', array['creator', 'coach'])$$, 'the creator, with an account now, is a coach too');
select throws_ok(format('select public.accept_coach_invitation(%L)', (select code from codes where name = 'own')),
  'P0001', 'invitation_own', 'nobody accepts their own invitation');

select tests.authenticate_as('cccccccc-0009-4ccc-8ccc-cccccccccccc', false);
select throws_ok($$select public.accept_coach_invitation('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789')$$,
  'P0001', 'invitation_invalid', 'a guessed code is invitation_invalid');
select throws_ok(format('select public.accept_coach_invitation(%L)', (select code from codes where name = 'expired')),
  'P0001', 'invitation_invalid', 'an expired code is invitation_invalid');
select throws_ok(format('select public.accept_coach_invitation(%L)', (select code from codes where name = 'revoked')),
  'P0001', 'invitation_invalid', 'a revoked code is invitation_invalid');
select is((public.accept_coach_invitation(lower((select code from codes where name = 'first')))).plan_id,
  (select id from codes where name = 'plan'),
  'the coach accepts, the code typed in lower case');
select tests.authenticate_as('ffffffff-0009-4fff-8fff-ffffffffffff', false);
select throws_ok(format('select public.accept_coach_invitation(%L)', (select code from codes where name = 'second')),
  'P0001', 'not_a_coach', 'a creator without the coach role cannot accept');
select tests.authenticate_as('dddddddd-0009-4ddd-8ddd-dddddddddddd', false);
select throws_ok(format('select public.accept_coach_invitation(%L)', (select code from codes where name = 'first')),
  'P0001', 'invitation_invalid', 'a used code is invitation_invalid, for anyone');
select is(tests.list_coach_plans(), '[]'::jsonb, 'a coach nobody invited follows no plan');

-- ── comments and review ──────────────────────────────────────────────────────
select tests.authenticate_as('cccccccc-0009-4ccc-8ccc-cccccccccccc', false);
select is(jsonb_array_length(tests.list_coach_plans()), 1, 'the coach lists the shared plan');
select is(tests.add_plan_comment((select id from codes where name = 'plan'), 'niche', '<b>Who</b> exactly?') ->> 'body',
  '<b>Who</b> exactly?', 'a comment is stored as the text it is, markup included');
select throws_ok(format('select tests.add_plan_comment(%L, %L, %L)', (select id from codes where name = 'plan'), 'niche', repeat('x', 10000)),
  'P0001', 'comment_too_long', 'a 10,000-character comment is comment_too_long');
select throws_ok(format('select tests.add_plan_comment(%L, %L, %L)', (select id from codes where name = 'plan'), 'niche', '   '),
  'P0001', 'invalid_comment', 'a blank comment is invalid_comment');
select throws_ok(format('select public.set_plan_review(%L, %L)', (select id from codes where name = 'plan'), 'approved'),
  'P0001', 'no_review_request', 'nothing to decide before the creator sends the plan for review');
select tests.authenticate_as('aaaaaaaa-0009-4aaa-8aaa-aaaaaaaaaaaa', false);
select is(tests.request_plan_review() ->> 'number', '1', 'the creator sends the plan for review: version 1');
select tests.authenticate_as('cccccccc-0009-4ccc-8ccc-cccccccccccc', false);
select is(tests.set_plan_review((select id from codes where name = 'plan'), 'approved') - 'updated_at',
  jsonb_build_object('plan_id', (select id from codes where name = 'plan'), 'status', 'approved', 'version', 1),
  'the coach approves the plan, version 1');
select throws_ok(format('select public.set_plan_review(%L, %L)', (select id from codes where name = 'plan'), 'done'),
  'P0001', 'invalid_review', 'a status other than needs_work or approved is invalid_review');
select results_eq(
  format('with changed as (update app.plans set sections = %L where id = %L returning 1) select count(*)::int from changed',
         '{}', (select id from codes where name = 'plan')),
  array[0], 'the coach cannot change the plan itself');

select tests.authenticate_as('dddddddd-0009-4ddd-8ddd-dddddddddddd', false);
select throws_ok(format('select tests.get_coach_plan(%L)', (select id from codes where name = 'plan')),
  'P0001', 'plan_not_found', 'another coach cannot open the plan');
select is((select count(*)::int from app.plan_comments), 0, 'another coach reads no comment');

select tests.authenticate_as('aaaaaaaa-0009-4aaa-8aaa-aaaaaaaaaaaa', false);
select is(tests.get_my_plan_review() -> 'reviews' -> 0 ->> 'status', 'approved', 'the creator sees the status');
select is(tests.add_plan_comment((select id from codes where name = 'plan'), null, 'Done.',
            (tests.get_my_plan_review() -> 'comments' -> 0 ->> 'id')::uuid) ->> 'section',
  'niche', 'the creator replies in the thread, in its section');
select is(jsonb_array_length(tests.list_my_coach_access() -> 'coaches'), 1, 'the creator sees who has access');

-- ── revoking ─────────────────────────────────────────────────────────────────
select ok((public.revoke_coach((tests.list_my_coach_access() -> 'coaches' -> 0 ->> 'id')::uuid)).revoked_at is not null,
  'the creator revokes the coach');
select tests.authenticate_as('cccccccc-0009-4ccc-8ccc-cccccccccccc', false);
select throws_ok(format('select tests.get_coach_plan(%L)', (select id from codes where name = 'plan')),
  'P0001', 'coach_access_revoked', 'the revoked coach''s next read fails');
select throws_ok(format('select tests.add_plan_comment(%L, %L, %L)', (select id from codes where name = 'plan'), 'niche', 'still there?'),
  'P0001', 'coach_access_revoked', 'the revoked coach''s next comment fails');
select is((select count(*)::int from app.plans where id = (select id from codes where name = 'plan')), 0,
  'the revoked coach reads the plan no more');
select is((select count(*)::int from app.plan_comments), 0, 'nor its comments');

-- ── anon ─────────────────────────────────────────────────────────────────────
select tests.authenticate_as_anon();
select throws_ok($$select tests.list_coach_plans()$$, '42501', null, 'anon cannot call the coach functions');

select * from finish();
rollback;
