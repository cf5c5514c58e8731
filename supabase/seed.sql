-- Demo data for local development (`supabase start`, `npm run test:pg`, and the local mode's
-- "load the demo" action). Idempotent: running it twice changes nothing.

insert into auth.users (id, email, is_anonymous, raw_user_meta_data)
values ('00000000-0000-4000-8000-0000000000d1'::uuid, 'demo@noyau.local', false, '{"display_name": "Demo"}')
on conflict (id) do nothing;

insert into app.profiles (id, display_name, roles)
values ('00000000-0000-4000-8000-0000000000d1', 'Camille (démo)', array['creator'])
on conflict (id) do nothing;

insert into app.plans (owner_id, sections)
values (
  '00000000-0000-4000-8000-0000000000d1',
  jsonb_build_object(
    'niche', jsonb_build_object(
      'statement', 'productivité pour freelances introvertis',
      'who', 'freelances introvertis',
      'what', 'productivité',
      'situation', 'travaillent seuls à la maison',
      'targetSize', 300,
      'whyTalk', 'Ils partagent leurs routines et se motivent entre eux.'
    ),
    -- The plan relies on the demo survey below (/s/demo-interest).
    'survey', jsonb_build_object('surveyId', '00000000-0000-4000-8000-00000000d5e1')
  )
)
on conflict (owner_id) do nothing;

-- The demo interest survey, published at /s/demo-interest: open, no response limit, one question
-- of each kind (the first two ask about past behaviour, which predicts better than intentions),
-- a success threshold, and a dozen responses over the last days, four of them with a
-- waiting-list email given with consent.
insert into app.surveys (id, owner_id, plan_id, slug, title, intro, locale, status, closes_at, max_responses,
                         threshold, hypothesis, published_at)
values (
  '00000000-0000-4000-8000-00000000d5e1',
  '00000000-0000-4000-8000-0000000000d1',
  (select p.id from app.plans p where p.owner_id = '00000000-0000-4000-8000-0000000000d1'),
  'demo-interest',
  'Freelances introvertis : comment s''organisent vos semaines ?',
  'Deux minutes, sept questions, aucune bonne réponse : nous préparons un petit cercle de freelances introvertis qui s''entraident à tenir leurs journées, sans réunion bruyante ni obligation de caméra.',
  'fr',
  'published',
  null,
  null,
  '{"question_id": "00000000-0000-4000-8000-00000000d504", "option_keys": ["oui"], "scale_min": null, "target_rate": 0.4, "min_responses": 10}',
  'Au moins 40 % des freelances introvertis rejoindraient sans hésiter un petit groupe qui se retrouve chaque semaine.',
  now() - interval '10 days'
)
on conflict (id) do nothing;

insert into app.survey_questions (id, survey_id, position, kind, prompt, required, options, min, max, evidence)
values
  ('00000000-0000-4000-8000-00000000d501', '00000000-0000-4000-8000-00000000d5e1', 1, 'single_choice',
   'Au cours des trois derniers mois, avez-vous payé pour un outil, un livre ou une formation sur la productivité ?', true,
   '[{"key": "plusieurs", "label": "Oui, plusieurs fois"}, {"key": "une", "label": "Oui, une fois"}, {"key": "non", "label": "Non"}]',
   null, null, 'behaviour'),
  ('00000000-0000-4000-8000-00000000d502', '00000000-0000-4000-8000-00000000d5e1', 2, 'multiple_choice',
   'Qu''avez-vous déjà essayé pour mieux organiser vos journées ?', true,
   '[{"key": "pomodoro", "label": "La méthode Pomodoro"}, {"key": "appli", "label": "Une appli de tâches (Todoist, Notion…)"}, {"key": "coworking", "label": "Un espace de coworking"}, {"key": "groupe", "label": "Un groupe d''entraide en ligne"}, {"key": "rien", "label": "Rien de particulier"}]',
   null, null, 'behaviour'),
  ('00000000-0000-4000-8000-00000000d503', '00000000-0000-4000-8000-00000000d5e1', 3, 'scale',
   'De 1 (pas du tout) à 5 (énormément), à quel point le manque de structure pèse-t-il sur votre semaine ?', true,
   '[]', 1, 5, 'opinion'),
  ('00000000-0000-4000-8000-00000000d504', '00000000-0000-4000-8000-00000000d5e1', 4, 'single_choice',
   'Rejoindriez-vous un petit groupe de freelances introvertis qui se retrouve chaque semaine, caméra facultative ?', true,
   '[{"key": "oui", "label": "Oui, sans hésiter"}, {"key": "peut_etre", "label": "Peut-être"}, {"key": "non", "label": "Non"}]',
   null, null, 'opinion'),
  ('00000000-0000-4000-8000-00000000d505', '00000000-0000-4000-8000-00000000d5e1', 5, 'short_text',
   'Quel outil utilisez-vous le plus pour planifier votre semaine ?', false, '[]', null, null, 'behaviour'),
  ('00000000-0000-4000-8000-00000000d506', '00000000-0000-4000-8000-00000000d5e1', 6, 'long_text',
   'Racontez la dernière journée de travail qui vous a filé entre les doigts : que s''est-il passé ?', false, '[]', null, null, 'behaviour'),
  ('00000000-0000-4000-8000-00000000d507', '00000000-0000-4000-8000-00000000d5e1', 7, 'email_optin',
   'Laissez votre email pour être prévenu·e de l''ouverture du groupe.', false, '[]', null, null, 'commitment')
on conflict (id) do nothing;

-- Sent through submit_response, so the demo answers pass the same checks as real ones; then
-- dated over the last nine days. Skipped once the demo survey has responses.
do $$
declare
  v_row record;
  v_id uuid;
  v_at timestamptz;
begin
  if exists (select 1 from app.responses r where r.survey_id = '00000000-0000-4000-8000-00000000d5e1') then
    return;
  end if;
  for v_row in
    select * from (values
      ('demo-respondent-0001', 9, 9,  'plusieurs', '["appli", "pomodoro"]', 4, 'oui',       'Notion', 'Trois appels imprévus le matin, et plus aucune énergie pour le dossier du client l''après-midi.', 'lea.martin@example.org'),
      ('demo-respondent-0002', 9, 14, 'non',       '["rien"]',              2, 'non',       null, null, null),
      ('demo-respondent-0003', 8, 11, 'une',       '["pomodoro"]',          4, 'oui',       'Un carnet papier', null, null),
      ('demo-respondent-0004', 7, 10, 'plusieurs', '["appli", "groupe"]',   5, 'oui',       'Todoist', 'J''ai passé la journée à répondre à des messages au lieu d''avancer sur la maquette.', 'samir.b@example.org'),
      ('demo-respondent-0005', 6, 16, 'non',       '["coworking"]',         3, 'peut_etre', null, null, null),
      ('demo-respondent-0006', 5, 9,  'une',       '["appli"]',             4, 'oui',       'Google Agenda', null, 'ines@example.org'),
      ('demo-respondent-0007', 4, 13, 'non',       '["rien"]',              1, 'non',       null, null, null),
      ('demo-respondent-0008', 3, 18, 'plusieurs', '["pomodoro", "coworking", "appli"]', 5, 'oui', 'Notion', 'Une réunion de lancement qui a duré trois heures ; je n''ai rien pu produire ensuite.', null),
      ('demo-respondent-0009', 2, 8,  'une',       '["groupe"]',            3, 'peut_etre', 'Trello', null, null),
      ('demo-respondent-0010', 2, 20, 'non',       '["pomodoro"]',          4, 'oui',       null, 'Je me suis perdu dans la comptabilité du trimestre.', 'hugo.d@example.org'),
      ('demo-respondent-0011', 1, 12, 'une',       '["appli"]',             2, 'peut_etre', 'Notion', null, null),
      ('demo-respondent-0012', 0, 9,  'plusieurs', '["appli", "pomodoro"]', 4, 'non',       'Things', null, null)
    ) as t(respondent_key, days_ago, hour, paid, tried, weight, would_join, tool, story, email)
  loop
    v_id := public.submit_response(
      p_slug => 'demo-interest',
      p_respondent_key => v_row.respondent_key,
      p_answers => jsonb_strip_nulls(jsonb_build_object(
        '00000000-0000-4000-8000-00000000d501', v_row.paid,
        '00000000-0000-4000-8000-00000000d502', v_row.tried::jsonb,
        '00000000-0000-4000-8000-00000000d503', v_row.weight,
        '00000000-0000-4000-8000-00000000d504', v_row.would_join,
        '00000000-0000-4000-8000-00000000d505', v_row.tool,
        '00000000-0000-4000-8000-00000000d506', v_row.story)),
      p_email => v_row.email,
      p_consent => v_row.email is not null);
    v_at := least(now(), date_trunc('day', now()) - make_interval(days => v_row.days_ago) + make_interval(hours => v_row.hour));
    update app.responses r set created_at = v_at where r.id = v_id;
    update app.response_answers a set created_at = v_at where a.response_id = v_id;
    update app.waitlist w set created_at = v_at, consent_at = v_at where w.response_id = v_id;
  end loop;
end
$$;
