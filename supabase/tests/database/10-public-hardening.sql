-- Issue 11's findings, each reproduced with its payload and shown refused with its contract key:
-- memory amplification (submit_response and save_plan_section), the O(1) response counter,
-- waiting-list inflation, blank and odd text, weak email rule, nesting, and the stuffing guard.
begin;
select plan(51);

insert into auth.users (id, email) values ('a1111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'a@test.local');

create function pg_temp.response_id(p_key text) returns uuid language sql security definer set search_path = '' as $$
  select r.id from app.responses r where r.respondent_key = p_key
$$;
grant execute on function pg_temp.response_id(text) to anon, authenticated;

-- The error a call gives, and whether it wrote anything: 'P0001 key' or 'accepted'.
create function pg_temp.outcome(p_sql text) returns text language plpgsql as $$
declare
  v_before bigint := tests.response_writes();
begin
  execute p_sql;
  return 'accepted';
exception when others then
  return sqlstate || ' ' || sqlerrm || case when tests.response_writes() = v_before then '' else ' (and wrote)' end;
end;
$$;
grant execute on function pg_temp.outcome(text) to anon, authenticated;

-- ── the creator's surveys ───────────────────────────────────────────────────
select tests.authenticate_as('a1111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

create function pg_temp.ready(p_title text, p_questions jsonb, p_max integer default null, p_threshold jsonb default null)
returns jsonb language plpgsql as $$
declare
  v_survey jsonb := tests.create_survey(p_title => p_title, p_locale => 'en', p_questions => p_questions);
begin
  perform tests.update_survey((v_survey ->> 'id')::uuid, p_max_responses => p_max,
    p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => coalesce(p_threshold, jsonb_build_object('question_id', v_survey -> 'questions' -> 0 -> 'id',
      'option_keys', '["yes"]'::jsonb, 'target_rate', 0.4, 'min_responses', 10)));
  perform tests.publish_survey((v_survey ->> 'id')::uuid);
  return tests.get_survey((v_survey ->> 'id')::uuid);
end;
$$;

select set_config('t.main', pg_temp.ready('Main', $json$[
  {"kind": "single_choice", "prompt": "Would you join?", "required": true,
   "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]},
  {"kind": "scale", "prompt": "How much?", "min": 1, "max": 5},
  {"kind": "short_text", "prompt": "Favourite tool?", "required": true},
  {"kind": "email_optin", "prompt": "Your email?"}
]$json$, null, '{"question_id": null, "target_rate": 0.2, "min_responses": 5}')::text, true);
select set_config('t.slug', current_setting('t.main')::jsonb ->> 'slug', true);
select set_config('t.id', current_setting('t.main')::jsonb ->> 'id', true);
select set_config('t.q1', current_setting('t.main')::jsonb -> 'questions' -> 0 ->> 'id', true);
select set_config('t.q2', current_setting('t.main')::jsonb -> 'questions' -> 1 ->> 'id', true);
select set_config('t.q3', current_setting('t.main')::jsonb -> 'questions' -> 2 ->> 'id', true);
select set_config('t.ok', jsonb_build_object(current_setting('t.q1'), 'yes', current_setting('t.q3'), 'Notion')::text, true);
select set_config('t.limited', pg_temp.ready('Limited', '[{"kind": "single_choice", "prompt": "?", "required": true, "options": [{"key": "yes", "label": "Y"}, {"key": "no", "label": "N"}]}]', 3)::text, true);
select set_config('t.lq', current_setting('t.limited')::jsonb -> 'questions' -> 0 ->> 'id', true);

-- ── 1. measured as received ─────────────────────────────────────────────────
select tests.authenticate_as_anon();

select is(
  pg_temp.outcome($$select public.submit_response('demo-interest', 'amplification-test-0001', ('['||repeat('1e131071,',1999)||'1e131071]')::jsonb)$$),
  'P0001 invalid_answers',
  'the amplification payload (18 KB of 1e131071) is invalid_answers, refused on its size as sent'
);
select throws_like(
  $$select public.submit_response('demo-interest', 'amplification-test-0001', ('['||repeat('1e131071,',1999)||'1e131071]')::jsonb)$$,
  '%invalid_answers%', '... by a check that never prints it'
);
select is(
  pg_temp.outcome(format($$select public.submit_response(%L, 'amplification-test-0002', jsonb_build_object(%L, 'yes', %L, 'x', %L, 1e131071::numeric))$$,
    current_setting('t.slug'), current_setting('t.q1'), current_setting('t.q3'), current_setting('t.q2'))),
  'P0001 invalid_answers', 'a scale answer of 1e131071 is invalid_answers'
);
select is(
  pg_temp.outcome(format($$select public.submit_response(%L, 'amplification-test-0003', ('{"%s": ' || repeat('[', 5000) || repeat(']', 5000) || '}')::jsonb)$$,
    current_setting('t.slug'), current_setting('t.q1'))),
  'P0001 invalid_answers', 'answers nested 5,000 deep are invalid_answers (answers are flat)'
);
select is(
  pg_temp.outcome(format($$select public.submit_response(%L, 'amplification-test-0004', %L::jsonb || jsonb_build_object(%L, '[["yes"]]'::jsonb))$$,
    current_setting('t.slug'), current_setting('t.ok'), current_setting('t.q1'))),
  'P0001 invalid_answers', 'a list inside a list is invalid_answers'
);
-- What no function body can see: Postgres refuses these while reading the argument. The
-- adapters map exactly these SQLSTATEs to the function's key (src/data/errors.ts).
select throws_ok($$select '{"a": "\u0000"}'::jsonb$$, '22P05', null, 'NUL in JSON fails while the argument is read (22P05), before the call');
select throws_ok($$select '{"a": "\ud800"}'::jsonb$$, '22P02', null, 'a lone surrogate fails while the argument is read (22P02), before the call');

-- save_plan_section: the same payload, as any signed-in user.
select tests.authenticate_as('a1111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select throws_ok(
  $$select public.save_plan_section('niche', jsonb_build_object('statement', ('['||repeat('1e131071,',1999)||'1e131071]')::jsonb))$$,
  'P0001', 'invalid_section', 'save_plan_section: the amplification payload (32 KB as jsonb, under the limit) is invalid_section: its numbers are out of bounds'
);
select throws_ok(
  $$select public.save_plan_section('niche', jsonb_build_object('statement', ('['||repeat('1e131071,',3999)||'1e131071]')::jsonb))$$,
  'P0001', 'section_too_large', 'save_plan_section: twice that (36 KB sent) is section_too_large, measured as sent'
);
select throws_ok(
  $$select public.save_plan_section('niche', ('{"statement": ' || repeat('[', 1000) || repeat(']', 1000) || '}')::jsonb)$$,
  'P0001', 'invalid_section', 'save_plan_section: nesting 1,000 deep is invalid_section'
);
select is((select count(*)::int from app.plans), 0, '... and no plan was written');

-- ── 2. the response counter ─────────────────────────────────────────────────
select tests.clear_authentication();
select set_config('t.lupd', (select updated_at::text from app.surveys where id = (current_setting('t.limited')::jsonb ->> 'id')::uuid), true);
select tests.authenticate_as_anon();
select is(
  (select array_agg(pg_temp.outcome(format($$select public.submit_response(%L, %L, %L)$$,
     current_setting('t.limited')::jsonb ->> 'slug', 'limited-key-00000' || g, jsonb_build_object(current_setting('t.lq'), 'yes'))) order by g)
     from generate_series(1, 4) g),
  array['accepted', 'accepted', 'accepted', 'P0001 survey_closed'],
  'a limit of 3: three responses, then survey_closed, writing nothing'
);
select tests.clear_authentication();
select is(app.limited_response_count((current_setting('t.limited')::jsonb ->> 'id')::uuid), 3, 'the survey''s counters hold its 3 responses');
select is((select count(*)::int from app.survey_counters where survey_id = (current_setting('t.limited')::jsonb ->> 'id')::uuid and responses > quota), 0,
  'no stripe passes its quota');
select is((select count(*)::int from app.survey_counters where survey_id = current_setting('t.id')::uuid), 0,
  'a survey without a limit keeps no counter (its submissions take no lock)');
select is((select updated_at::text from app.surveys where id = (current_setting('t.limited')::jsonb ->> 'id')::uuid),
  current_setting('t.lupd'), 'responses move the counters, not the survey''s updated_at');
select tests.authenticate_as_anon();
select is(public.get_public_survey(current_setting('t.limited')::jsonb ->> 'slug') ->> 'status', 'closed',
  'get_public_survey reads the counter: closed at the limit');
select is(public.submit_response(current_setting('t.limited')::jsonb ->> 'slug', 'limited-key-000002', '{}'),
  pg_temp.response_id('limited-key-000002'),
  'a replay on a full survey still returns the first id');

select tests.authenticate_as('a1111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select is(
  tests.update_survey((current_setting('t.limited')::jsonb ->> 'id')::uuid, p_max_responses => 4) ->> 'status', 'published',
  'raising the limit to 4 reopens the survey'
);
select tests.authenticate_as_anon();
select is(pg_temp.outcome(format($$select public.submit_response(%L, 'limited-key-000005', %L)$$,
  current_setting('t.limited')::jsonb ->> 'slug', jsonb_build_object(current_setting('t.lq'), 'no'))), 'accepted', 'a fourth response fits');
select is(pg_temp.outcome(format($$select public.submit_response(%L, 'limited-key-000006', %L)$$,
  current_setting('t.limited')::jsonb ->> 'slug', jsonb_build_object(current_setting('t.lq'), 'no'))), 'P0001 survey_closed', 'a fifth does not');

select tests.authenticate_as('a1111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select lives_ok(format($$select tests.update_survey(%L, p_clear_max_responses => true)$$, current_setting('t.limited')::jsonb ->> 'id'),
  'the limit is cleared');
select tests.clear_authentication();
select is((select count(*)::int from app.survey_counters where survey_id = (current_setting('t.limited')::jsonb ->> 'id')::uuid), 0,
  '... and the counters with it');
select tests.authenticate_as('a1111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select lives_ok(format($$select tests.update_survey(%L, p_max_responses => 10)$$, current_setting('t.limited')::jsonb ->> 'id'),
  'a limit is set again on a survey that has responses');
select tests.clear_authentication();
select is(app.limited_response_count((current_setting('t.limited')::jsonb ->> 'id')::uuid), 4,
  '... and the counters start from the responses it already has');
select is((select sum(quota)::int from app.survey_counters where survey_id = (current_setting('t.limited')::jsonb ->> 'id')::uuid), 10,
  '... and their quotas add up to the new limit');

-- ── 3. one person on the waiting list counts once ───────────────────────────
select tests.authenticate_as_anon();
select is(
  (select count(*)::int from generate_series(1, 10) g
    where pg_temp.outcome(format($$select public.submit_response(%L, %L, %L, %L, true)$$,
      current_setting('t.slug'), 'same-address-key-' || lpad(g::text, 2, '0'), current_setting('t.ok'),
      case g % 3 when 0 then 'Fan@Example.org' when 1 then ' fan@example.org ' else E'\u00a0fan@example.org\u200b' end)) = 'accepted'),
  10, 'ten responses leave the same address, written three ways'
);
select tests.authenticate_as('a1111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select is(
  (select jsonb_build_object('waitlist', r -> 'waitlist_count', 'successes', r -> 'threshold' -> 'successes',
                             'total', r -> 'threshold' -> 'total', 'answered', r -> 'questions' -> 3 -> 'answered')
     from public.survey_results(current_setting('t.id')::uuid) r),
  '{"waitlist": 1, "successes": 1, "total": 10, "answered": 1}'::jsonb,
  'waitlist_count 1, the threshold''s successes 1 of 10 responses, the email question answered once'
);

-- ── 4. one text rule, one email rule ────────────────────────────────────────
select tests.authenticate_as_anon();
select is(
  (select array_agg(pg_temp.outcome(format($$select public.submit_response(%L, 'blank-text-key-0001', %L)$$,
     current_setting('t.slug'), jsonb_build_object(current_setting('t.q1'), 'yes', current_setting('t.q3'), b))) order by b)
     from unnest(array[E'\t', E'\n', E'\u00a0', E'\u200b', E' \u3000\ufeff\u2060 ']) b),
  array_fill('P0001 invalid_answers'::text, array[5]),
  'a required text answered by a tab, a newline, a no-break space, a zero-width space or a mix: invalid_answers'
);
select is(
  (select array_agg(pg_temp.outcome(format($$select public.submit_response(%L, 'bad-email-key-0001', %L, %L, true)$$,
     current_setting('t.slug'), current_setting('t.ok'), e)) order by e)
     from unnest(array['a@b..com', '.a@x.com', 'a@-b.com', '<script>@x.io', repeat('a', 65) || '@x.com']) e),
  array_fill('P0001 invalid_email'::text, array[5]),
  'a@b..com, .a@x.com, a@-b.com, <script>@x.io and a 65-character local part: invalid_email'
);
select is(pg_temp.outcome(format($$select public.submit_response(%L, 'long-email-key-0001', %L, %L, true)$$,
  current_setting('t.slug'), current_setting('t.ok'), repeat('a', 64) || '@' || repeat('b', 63) || '.' || repeat('c', 63) || '.' || repeat('d', 63) || '.com')),
  'P0001 invalid_email', 'an address over 254 characters: invalid_email');
select is(pg_temp.outcome(format($$select public.submit_response(%L, 'good-email-key-0001', %L, %L, true)$$,
  current_setting('t.slug'), current_setting('t.ok'), 'first.last+tag@sub.example-domain.org')),
  'accepted', 'first.last+tag@sub.example-domain.org is an address');
select ok(app.is_email_address('first.last+tag@sub.example-domain.org') and not app.is_email_address('a@b'),
  'the domain app.email_address and its function agree with the cases above');
select throws_ok($$select 'a@b..com'::app.email_address$$, '23514', null, 'app.email_address refuses a@b..com');
select lives_ok(format($$select public.submit_response(%L, 'nfc-text-key-00001', %L)$$,
  current_setting('t.slug'), jsonb_build_object(current_setting('t.q1'), 'yes', current_setting('t.q3'), E'\u200b Cafe\u0301 \u00a0')),
  'a text with invisible edges and a decomposed accent is accepted');
select tests.clear_authentication();
select is((select a.text_value from app.response_answers a join app.responses r on r.id = a.response_id
            where r.respondent_key = 'nfc-text-key-00001' and a.text_value is not null),
  E'Caf\u00e9', '... and stored cleaned and in NFC');

-- ── 6. the stuffing guard (Supabase mode) ───────────────────────────────────
update app.surveys set responses_per_client_hour = 3 where id = current_setting('t.id')::uuid;
select tests.authenticate_as_anon();
set local request.headers to '{"cf-connecting-ip": "203.0.113.7"}';
select is(
  (select array_agg(pg_temp.outcome(format($$select public.submit_response(%L, %L, %L)$$,
     current_setting('t.slug'), 'stuffing-key-0000' || g, current_setting('t.ok'))) order by g)
     from generate_series(1, 4) g),
  array['accepted', 'accepted', 'accepted', 'P0001 rate_limited'],
  'three responses an hour from one address, then rate_limited, writing nothing'
);
select is(public.submit_response(current_setting('t.slug'), 'stuffing-key-00001', '{}'),
  pg_temp.response_id('stuffing-key-00001'),
  'a replay of an accepted key still returns its id');
set local request.headers to '{"cf-connecting-ip": "203.0.113.8"}';
select is(pg_temp.outcome(format($$select public.submit_response(%L, 'stuffing-key-other1', %L)$$, current_setting('t.slug'), current_setting('t.ok'))),
  'accepted', 'another address is not held back');
set local request.headers to '{"cf-connecting-ip": "203.0.113.7", "x-forwarded-for": "198.51.100.1"}';
select is(pg_temp.outcome(format($$select public.submit_response(%L, 'stuffing-key-forged', %L)$$, current_setting('t.slug'), current_setting('t.ok'))),
  'P0001 rate_limited', 'a forged x-forwarded-for changes nothing: the address is Cloudflare''s cf-connecting-ip');
set local request.headers to '{"x-forwarded-for": "198.51.100.1"}';
select is(pg_temp.outcome(format($$select public.submit_response(%L, 'stuffing-key-nohdr1', %L)$$, current_setting('t.slug'), current_setting('t.ok'))),
  'accepted', 'without cf-connecting-ip (local mode, a bare PostgREST) the guard is off');
set local request.headers to '';
select is(
  (select count(*)::int from generate_series(1, 5) g
    where pg_temp.outcome(format($$select public.submit_response(%L, %L, %L)$$,
      current_setting('t.slug'), 'no-header-key-0000' || g, current_setting('t.ok'))) = 'accepted'),
  5, 'without request headers, as in local mode: no limit'
);
select tests.clear_authentication();
select is((select count(*)::int from app.client_submissions), 2, 'one row per survey, client and hour');
select ok(
  (select bool_and(octet_length(c.client_hash) = 32
                   and c.client_hash <> sha256(convert_to('203.0.113.7', 'UTF8'))
                   and c.client_hash <> sha256(convert_to('203.0.113.8', 'UTF8')))
     from app.client_submissions c),
  'addresses are stored only as salted hashes'
);
select is((select responses from app.client_submissions order by responses desc limit 1), 3,
  'refused calls do not count against the client');
select ok(not has_table_privilege('anon', 'app.client_submissions', 'select')
          and not has_table_privilege('authenticated', 'app.client_submissions', 'select')
          and not has_table_privilege('authenticated', 'app.client_hash_salt', 'select'),
  'nobody reads the per-client rows or the salt');
-- An hour later, the same address may answer again; its old row goes.
update app.client_submissions set hour = hour - interval '1 hour';
select tests.authenticate_as_anon();
set local request.headers to '{"cf-connecting-ip": "203.0.113.7"}';
select is(pg_temp.outcome(format($$select public.submit_response(%L, 'stuffing-key-later1', %L)$$, current_setting('t.slug'), current_setting('t.ok'))),
  'accepted', 'the next hour, the address may answer again');
select tests.clear_authentication();
select is((select count(*)::int from app.client_submissions c where c.hour < date_trunc('hour', now())
             and c.client_hash = (select c2.client_hash from app.client_submissions c2 where c2.hour = date_trunc('hour', now()))),
  0, '... and its previous hour''s row is gone');

-- ── the contract stays as it was ────────────────────────────────────────────
select tests.authenticate_as_anon();
set local request.headers to '';
select is(
  (select array_agg(k order by k) from jsonb_object_keys(public.get_public_survey(current_setting('t.slug'))) k),
  array['id', 'intro', 'locale', 'questions', 'slug', 'status', 'title'],
  'get_public_survey still gives exactly its seven fields'
);
select ok(has_function_privilege('anon', 'public.submit_response(text, text, jsonb, text, boolean)', 'execute'),
  'submit_response keeps its signature');
select ok(not has_function_privilege('anon', 'app.client_address_hash()', 'execute'), 'anon cannot call the address hash');

select * from finish();
rollback;
