-- The review loop on PostgreSQL 15, through the API: versions a creator sends for review
-- (numbered, refused when nothing changed or no coach follows), decisions about a version,
-- threads that either side resolves and a reply reopens, each side's inbox, and who may do what:
-- the owner alone sends, a linked coach alone decides, a revoked coach is told so and sees
-- nothing more, another creator never sees another's items, anon calls nothing.
-- tests/db/review-loop.test.ts holds PGlite to the same rules; tables are in 08-access-matrix.sql.
-- Everything runs in one transaction, so every row has the same now(): no assertion relies on
-- the order of rows made by different calls.
begin;
select plan(55);

insert into auth.users (id, email) values
  ('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa', 'owner16@test.local'),
  ('bbbbbbbb-0016-4bbb-8bbb-bbbbbbbbbbbb', 'creator16@test.local'),
  ('cccccccc-0016-4ccc-8ccc-cccccccccccc', 'coach16@test.local'),
  ('dddddddd-0016-4ddd-8ddd-dddddddddddd', 'revoked16@test.local'),
  ('eeeeeeee-0016-4eee-8eee-eeeeeeeeeeee', 'other-coach16@test.local');

-- The owner (A) is coached by C and D (D revoked later); the other creator (B) by E.
select tests.authenticate_as('cccccccc-0016-4ccc-8ccc-cccccccccccc');
select public.save_my_profile('Léa', array['coach']);
select tests.authenticate_as('dddddddd-0016-4ddd-8ddd-dddddddddddd');
select public.save_my_profile('Marc', array['coach']);
select tests.authenticate_as('eeeeeeee-0016-4eee-8eee-eeeeeeeeeeee');
select public.save_my_profile('Inès', array['coach']);
select tests.authenticate_as('bbbbbbbb-0016-4bbb-8bbb-bbbbbbbbbbbb');
select public.save_plan_section('niche', '{"statement": "weekend bakers at farmers markets"}');
select set_config('t.plan_b', (public.get_my_plan()).id::text, true);
select set_config('t.code_e', (public.create_coach_invitation()).code, true);
select tests.authenticate_as('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa');
select public.save_my_profile('Camille');
select public.save_plan_section('niche', '{"statement": "productivity for introverted freelancers"}');
select set_config('t.plan', (public.get_my_plan()).id::text, true);

-- What a call raises, or 'ok'.
create function pg_temp.err(p_sql text) returns text language plpgsql as $$
begin
  execute p_sql;
  return 'ok';
exception when others then
  return sqlerrm;
end;
$$;
-- The caller's inbox items about a plan, their kinds sorted (rows made in one transaction share
-- their date, so their order says nothing).
create function pg_temp.kinds(p_inbox jsonb) returns text[] language sql as $$
  select coalesce(array_agg(i ->> 'kind' order by i ->> 'kind'), '{}') from jsonb_array_elements(p_inbox -> 'items') i
$$;
-- The caller's entry for a plan in list_coach_plans.
create function pg_temp.listed(p_plan text) returns jsonb language sql as $$
  select i from jsonb_array_elements(tests.list_coach_plans()) i where i ->> 'plan_id' = p_plan
$$;
select tests.clear_authentication();
grant execute on all functions in schema pg_temp to authenticated, anon;

-- ── versions ─────────────────────────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa');
select is(pg_temp.err('select public.request_plan_review()'), 'no_coach', 'no review is asked while no coach follows the plan');
select set_config('t.code_c', (public.create_coach_invitation()).code, true);
select set_config('t.code_d', (public.create_coach_invitation()).code, true);
select tests.authenticate_as('cccccccc-0016-4ccc-8ccc-cccccccccccc');
select public.accept_coach_invitation(current_setting('t.code_c'));
select is(pg_temp.err(format('select public.set_plan_review(%L, %L)', current_setting('t.plan'), 'approved')),
  'no_review_request', 'a coach has nothing to decide before a request');
select tests.authenticate_as('dddddddd-0016-4ddd-8ddd-dddddddddddd');
select public.accept_coach_invitation(current_setting('t.code_d'));
select tests.authenticate_as('eeeeeeee-0016-4eee-8eee-eeeeeeeeeeee');
select public.accept_coach_invitation(current_setting('t.code_e'));

select tests.authenticate_as('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa');
select is(pg_temp.err(format('select public.request_plan_review(%L)', repeat('x', 1001))),
  'invalid_review_request', 'a note has at most 1,000 characters');
select is((select count(*)::int from app.plan_versions), 0, 'a refused request writes no version');
select is(tests.request_plan_review('  First draft, be honest.  ') - 'created_at',
  '{"number": 1, "note": "First draft, be honest."}'::jsonb, 'the first request is version 1, its note trimmed');
select is(pg_temp.err('select public.request_plan_review()'), 'review_up_to_date', 'nothing changed: no new version');
select public.save_plan_section('niche', '{"statement": "productivity for introverted freelancers who work from home"}');
select is(tests.request_plan_review() - 'created_at', '{"number": 2, "note": null}'::jsonb,
  'a changed plan is version 2, no note');

-- Only the owner sends: a coach's request is about their own plan (none), and the table refuses them.
select tests.authenticate_as('cccccccc-0016-4ccc-8ccc-cccccccccccc');
select is(pg_temp.err('select public.request_plan_review()'), 'no_coach', 'a coach''s request is about a plan of their own, not the client''s');
select throws_ok(format($$insert into app.plan_versions (plan_id, number, sections, requested_by)
                          values (%L, 3, '{}', 'cccccccc-0016-4ccc-8ccc-cccccccccccc')$$, current_setting('t.plan')),
  '42501', 'new row violates row-level security policy for table "plan_versions"', 'a coach cannot write a version of the client''s plan');

-- ── decisions ────────────────────────────────────────────────────────────────
select is(pg_temp.err(format('select public.set_plan_review(%L, %L, 1)', current_setting('t.plan'), 'approved')),
  'version_outdated', 'a decision about version 1 once version 2 was sent is version_outdated');
select is(tests.set_plan_review(current_setting('t.plan')::uuid, 'needs_work', 2) - 'updated_at',
  jsonb_build_object('plan_id', current_setting('t.plan'), 'status', 'needs_work', 'version', 2),
  'the coach decides about version 2');
select is(tests.set_plan_review(current_setting('t.plan')::uuid, 'approved') ->> 'version', '2',
  'without p_version, a decision is about the latest version');
select is(jsonb_path_query_array(tests.get_coach_plan(current_setting('t.plan')::uuid), '$.versions[*].number'), '[2, 1]'::jsonb,
  'the coach reads the versions, newest first');
select is(tests.get_coach_plan(current_setting('t.plan')::uuid) #>> '{reviewing,sections,niche,statement}',
  'productivity for introverted freelancers who work from home', 'the version under review holds the plan as sent');
select is(tests.get_coach_plan(current_setting('t.plan')::uuid) -> 'changed_since_request', 'false'::jsonb,
  'the plan has not changed since the request');
select tests.authenticate_as('eeeeeeee-0016-4eee-8eee-eeeeeeeeeeee');
select is(pg_temp.err(format('select public.set_plan_review(%L, %L)', current_setting('t.plan'), 'approved')),
  'plan_not_found', 'a coach of another creator cannot decide');
select is((select count(*)::int from app.plan_versions where plan_id = current_setting('t.plan')::uuid), 0,
  'nor read the versions');
select tests.authenticate_as('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa');
select is(pg_temp.err(format('select public.set_plan_review(%L, %L)', current_setting('t.plan'), 'approved')),
  'plan_not_found', 'the owner cannot decide about their own plan');
select is((tests.get_my_plan_review() -> 'reviews' -> 0) - 'updated_at',
  '{"coach_id": "cccccccc-0016-4ccc-8ccc-cccccccccccc", "display_name": "Léa", "status": "approved", "active": true, "version": 2, "current": true}'::jsonb,
  'the owner reads the approval of version 2, current');
select public.save_plan_section('niche', '{"statement": "a change after the approval"}');
select is(tests.get_my_plan_review() -> 'reviews' -> 0 -> 'current', 'false'::jsonb,
  'a change after the approval: the coach approved an earlier version');
select is(tests.get_my_plan_review() -> 'changed_since_request', 'true'::jsonb, 'and the plan changed since the request');

-- ── threads ──────────────────────────────────────────────────────────────────
select tests.authenticate_as('cccccccc-0016-4ccc-8ccc-cccccccccccc');
select set_config('t.first', tests.add_plan_comment(current_setting('t.plan')::uuid, 'niche', 'Say who they are first.') ->> 'id', true);
select is((select version from app.plan_comments where id = current_setting('t.first')::uuid), 2,
  'a comment is written on the latest version sent');
select is(pg_temp.listed(current_setting('t.plan')) -> 'open_threads', '1'::jsonb, 'the thread is open');
select tests.authenticate_as('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa');
select set_config('t.reply', tests.add_plan_comment(current_setting('t.plan')::uuid, null, 'Home workers.', current_setting('t.first')::uuid) ->> 'id', true);
select is(tests.set_thread_resolved(current_setting('t.reply')::uuid, true) #>> '{resolved_by,role}', 'owner',
  'the owner resolves the thread, through its reply');
select tests.authenticate_as('cccccccc-0016-4ccc-8ccc-cccccccccccc');
select is(pg_temp.listed(current_setting('t.plan')) -> 'open_threads', '0'::jsonb, 'the coach sees no open thread');
select is(tests.set_thread_resolved(current_setting('t.first')::uuid, false) -> 'resolved_at', 'null'::jsonb,
  'the coach reopens it');
select is(tests.set_thread_resolved(current_setting('t.first')::uuid, true) #>> '{resolved_by,role}', 'coach',
  'and resolves it again');
select tests.authenticate_as('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa');
select tests.add_plan_comment(current_setting('t.plan')::uuid, null, 'One more thing.', current_setting('t.first')::uuid);
select is((select c -> 'resolved_at' from jsonb_array_elements(tests.get_my_plan_review() -> 'comments') c
            where c ->> 'id' = current_setting('t.first')), 'null'::jsonb, 'a reply reopens the thread');
select tests.authenticate_as('bbbbbbbb-0016-4bbb-8bbb-bbbbbbbbbbbb');
select is(pg_temp.err(format('select public.set_thread_resolved(%L, true)', current_setting('t.first'))),
  'invalid_comment', 'another creator cannot resolve the thread');
select tests.authenticate_as('eeeeeeee-0016-4eee-8eee-eeeeeeeeeeee');
select is(pg_temp.err(format('select public.set_thread_resolved(%L, true)', current_setting('t.first'))),
  'invalid_comment', 'nor can a coach who never had the plan');

-- ── the inbox ────────────────────────────────────────────────────────────────
-- On the owner's plan: two requests (to C and D), two decisions by C (to A), C's comment (to A
-- and D), the owner's two replies (to C and D each).
select tests.authenticate_as('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa');
select is(tests.get_my_inbox() -> 'unread', '3'::jsonb, 'the owner has 3 unread items');
select is(pg_temp.kinds(tests.get_my_inbox()), array['comment', 'decision', 'decision'],
  'the coach''s comment and decisions');
select ok((select bool_and(i ->> 'side' = 'owner' and i #>> '{actor,role}' = 'coach' and i ->> 'plan_id' = current_setting('t.plan'))
             from jsonb_array_elements(tests.get_my_inbox() -> 'items') i),
  'each from the coach, about the owner''s plan');
select tests.authenticate_as('cccccccc-0016-4ccc-8ccc-cccccccccccc');
select is(pg_temp.kinds(tests.get_my_inbox()), array['reply', 'reply', 'review_request', 'review_request'],
  'the coach has the two requests and the owner''s replies, not their own doings');
select is(pg_temp.listed(current_setting('t.plan')) -> 'unread', '2'::jsonb,
  'list_coach_plans counts the replies unread: deciding on version 2 answered both requests');
select is((select count(*)::int from jsonb_array_elements(tests.get_my_inbox() -> 'items') i
            where i ->> 'kind' = 'review_request' and i ->> 'read_at' is not null), 2,
  'the requests a decision answers are read');
select is(tests.mark_inbox_read(array(select (i ->> 'id')::uuid from jsonb_array_elements(tests.get_my_inbox() -> 'items') i)),
  '{"unread": 0}'::jsonb, 'the coach marks them read: none left');
select ok((select bool_and(i ->> 'read_at' is not null) from jsonb_array_elements(tests.get_my_inbox() -> 'items') i),
  'each with its date read');
select is(pg_temp.listed(current_setting('t.plan')) -> 'waiting', 'false'::jsonb,
  'decided on the latest version and read everything: the client waits for nothing');
select is(pg_temp.err(format('select public.mark_inbox_read(array_fill(gen_random_uuid(), array[201]))')), 'invalid_inbox',
  'at most 200 items at once');
select is(pg_temp.err('select public.mark_inbox_read(null)'), 'invalid_inbox', 'and a list of them');
select set_config('t.coach_items', (tests.get_my_inbox() -> 'items')::text, true);

select tests.authenticate_as('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa');
select is(tests.mark_inbox_read(array(select (i ->> 'id')::uuid from jsonb_array_elements(tests.get_my_inbox() -> 'items') i limit 1)),
  '{"unread": 2}'::jsonb, 'the owner marks one read: two left');

-- ── another creator ──────────────────────────────────────────────────────────
select tests.authenticate_as('eeeeeeee-0016-4eee-8eee-eeeeeeeeeeee');
select tests.add_plan_comment(current_setting('t.plan_b')::uuid, 'niche', 'Which markets?');
select tests.authenticate_as('bbbbbbbb-0016-4bbb-8bbb-bbbbbbbbbbbb');
select is(tests.request_plan_review() ->> 'number', '1', 'the other creator''s plan has versions of its own');
select ok((select count(*) = 1 and bool_and(i ->> 'plan_id' = current_setting('t.plan_b'))
             from jsonb_array_elements(tests.get_my_inbox() -> 'items') i),
  'the other creator''s inbox holds their coach''s comment only');
select is((select count(*)::int from app.inbox_items where plan_id = current_setting('t.plan')::uuid), 0,
  'and none of the owner''s items, even at the table');
select is(tests.mark_inbox_read(array(select (i ->> 'id')::uuid from jsonb_array_elements(current_setting('t.coach_items')::jsonb) i)),
  '{"unread": 1}'::jsonb, 'another''s ids mark nothing');
select tests.authenticate_as('eeeeeeee-0016-4eee-8eee-eeeeeeeeeeee');
select is(pg_temp.kinds(tests.get_my_inbox()), array['review_request'], 'their coach hears of their request, and of nothing of the owner''s');

-- ── a revoked coach ──────────────────────────────────────────────────────────
select tests.authenticate_as('dddddddd-0016-4ddd-8ddd-dddddddddddd');
select is(tests.get_my_inbox() -> 'unread', '5'::jsonb, 'before revocation, the coach has 5 items (requests, comment, replies)');
select tests.authenticate_as('aaaaaaaa-0016-4aaa-8aaa-aaaaaaaaaaaa');
select public.revoke_coach((select l.id from app.coach_links l where l.coach_id = 'dddddddd-0016-4ddd-8ddd-dddddddddddd'));
select tests.authenticate_as('dddddddd-0016-4ddd-8ddd-dddddddddddd');
select is(pg_temp.err(format('select public.set_plan_review(%L, %L)', current_setting('t.plan'), 'approved')),
  'coach_access_revoked', 'a revoked coach''s decision is coach_access_revoked');
select is(pg_temp.err(format('select public.set_thread_resolved(%L, false)', current_setting('t.first'))),
  'coach_access_revoked', 'and so is resolving or reopening a thread');
select is(tests.get_my_inbox(), '{"unread": 0, "items": []}'::jsonb, 'the plan''s items leave their inbox at once');
select is((select count(*)::int from app.plan_versions), 0, 'and they read no version');

-- ── anon ─────────────────────────────────────────────────────────────────────
select tests.clear_authentication();
select is(array(select f from unnest(array[
    'public.request_plan_review(text)', 'public.set_plan_review(uuid, text, integer)',
    'public.set_thread_resolved(uuid, boolean)', 'public.get_my_inbox()', 'public.mark_inbox_read(uuid[])',
    'public.list_coach_plans()', 'public.get_coach_plan(uuid)', 'public.get_my_plan_review()']) f
   where has_function_privilege('anon', f, 'execute')), '{}'::text[],
  'anon may execute none of the review loop''s functions');
select tests.authenticate_as_anon();
select throws_ok('select public.get_my_inbox()', '42501', null, 'anon calling get_my_inbox is refused');
select throws_ok('select public.request_plan_review()', '42501', null, 'anon calling request_plan_review is refused');

select * from finish();
rollback;
