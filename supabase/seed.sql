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
    )
  )
)
on conflict (owner_id) do nothing;
