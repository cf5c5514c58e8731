import { PGlite } from '@electric-sql/pglite';
import { Blob } from 'node:buffer';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabaseImage } from '@/data/embedded/image';
import { applyMigrations } from '@/data/embedded/migrate';
import { claimsFor, runRpc } from '@/data/embedded/rpc';
import { catalogSnapshot } from '../support/catalog';
import { openSnapshot } from '../support/db';
import { bootstrapSql, migrationFiles, releaseOneMigrations } from '../support/sql-files';

// The first release's twenty migrations became one baseline per area. Browsers in local mode
// keep a database built by the old ones (from the first release's image, then used): it must
// open in this release with every row kept. Here such a database is built from the frozen old
// migrations, filled through the old API as people would, then upgraded the way the app does it.

function openImage(image: Uint8Array): Promise<PGlite> {
  // Node's Blob, not a DOM one: PGlite reads it with arrayBuffer().
  return PGlite.create({ loadDataDir: new Blob([image], { type: 'application/gzip' }) as unknown as globalThis.Blob });
}

const call = (db: PGlite, user: string | null, fn: string, args: Record<string, unknown> = {}) =>
  runRpc(db, { fn, args, role: user ? 'authenticated' : 'anon', claims: claimsFor(user) });

interface World {
  creator: string;
  coach: string;
  planId: string;
  surveyId: string;
  slug: string;
  choice: string;
}

const questions = [
  { kind: 'single_choice', prompt: 'Would you join?', required: true, options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] },
  { kind: 'scale', prompt: 'How much?', required: false, min: 1, max: 5 },
  { kind: 'short_text', prompt: 'Favourite tool?', required: false },
  { kind: 'email_optin', prompt: 'Your email?', required: false },
];

/** A creator with a plan, a limited survey with responses, a check-in, and a coach reviewing it. */
async function fill(db: PGlite): Promise<World> {
  const user = async (name: string) =>
    (await db.query<{ id: string }>(`insert into auth.users (email, raw_user_meta_data) values ($1, '{}') returning id::text`, [`${name}@test.local`]))
      .rows[0]!.id;
  const creator = await user('camille');
  const coach = await user('lea');
  await call(db, creator, 'save_my_profile', { p_display_name: 'Camille' });
  await call(db, creator, 'set_my_time_zone', { p_time_zone: 'Europe/Paris' });
  await call(db, creator, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'productivity for introverted freelancers' } });
  const created = (await call(db, creator, 'create_survey', { p_title: 'Quiet productivity', p_locale: 'en', p_questions: questions })) as {
    id: string;
    questions: { id: string }[];
  };
  const [choice, scale, short] = created.questions.map((q) => q.id) as [string, string, string];
  await call(db, creator, 'update_survey', {
    p_survey_id: created.id,
    p_max_responses: 5,
    p_threshold: { question_id: choice, option_keys: ['yes'], target_rate: 0.4, min_responses: 5 },
  });
  const published = (await call(db, creator, 'publish_survey', { p_survey_id: created.id })) as { slug: string };
  for (const [i, answer] of (['yes', 'no', 'yes'] as const).entries()) {
    await call(db, null, 'submit_response', {
      p_slug: published.slug,
      p_respondent_key: `release-1-key-000${i}`,
      p_answers: { [choice]: answer, [scale]: i + 2, [short]: `Tool ${i}` },
      p_email: i === 0 ? 'first@example.org' : null,
      p_consent: i === 0,
    });
  }
  await call(db, creator, 'save_plan_section', { p_section: 'survey', p_data: { surveyId: created.id } });
  await call(db, creator, 'save_plan_section', { p_section: 'platform', p_data: { choice: 'discord', answers: { kind: 'tech_gaming' } } });
  const monday = (await db.query<{ d: string }>(`select (date_trunc('week', app.today($1::uuid)))::date::text as d`, [creator])).rows[0]!.d;
  await call(db, creator, 'save_checkin', {
    p_week_start: monday,
    p_members: 40,
    p_active_members: 18,
    p_conversations_total: 12,
    p_conversations_by_members: 7,
    p_conversations_between_members: 5,
    p_creator_hours: 4.5,
    p_note: 'Hot seat 🎉',
  });
  await call(db, coach, 'save_my_profile', { p_display_name: 'Léa', p_roles: ['coach'] });
  const { code } = (await call(db, creator, 'create_coach_invitation')) as { code: string };
  const { plan_id: planId } = (await call(db, coach, 'accept_coach_invitation', { p_code: code })) as { plan_id: string };
  await call(db, coach, 'add_plan_comment', { p_plan_id: planId, p_section: 'niche', p_body: 'Sharp niche.' });
  await call(db, creator, 'add_plan_comment', { p_plan_id: planId, p_section: 'niche', p_body: 'Thanks!' });
  await call(db, coach, 'set_plan_review', { p_plan_id: planId, p_status: 'approved' });
  return { creator, coach, planId, surveyId: created.id, slug: published.slug, choice };
}

/** What each person sees through the API: it must read the same after the upgrade. */
async function views(db: PGlite, w: World) {
  const survey = { p_survey_id: w.surveyId };
  return {
    profile: await call(db, w.creator, 'get_my_profile'),
    plan: await call(db, w.creator, 'get_my_plan'),
    surveys: await call(db, w.creator, 'list_my_surveys'),
    survey: await call(db, w.creator, 'get_survey', survey),
    results: await call(db, w.creator, 'survey_results', survey),
    responses: await call(db, w.creator, 'export_survey_responses', survey),
    waitlist: await call(db, w.creator, 'export_survey_waitlist', survey),
    checkins: await call(db, w.creator, 'list_my_checkins'),
    access: await call(db, w.creator, 'list_my_coach_access'),
    review: await call(db, w.creator, 'get_my_plan_review'),
    coachPlans: await call(db, w.coach, 'list_coach_plans'),
    coachPlan: await call(db, w.coach, 'get_coach_plan', { p_plan_id: w.planId }),
    coachResults: await call(db, w.coach, 'survey_results', survey),
    publicSurvey: await call(db, null, 'get_public_survey', { p_slug: w.slug }),
  };
}

describe('a local database from the first release', () => {
  let releaseOneImage: Uint8Array;
  beforeAll(async () => {
    releaseOneImage = await buildDatabaseImage(bootstrapSql, releaseOneMigrations());
  }, 120_000);

  it('opens in this release with its data: the baselines apply, every row is kept, the schema is the new one', async () => {
    const stored = await openImage(releaseOneImage);
    // A database made by this release: the run's snapshot (its seed rows do not count, the schema is compared).
    const fresh = await openSnapshot();
    try {
      const world = await fill(stored);
      const before = await views(stored, world);
      const rows = async () =>
        (
          await stored.query<{ table: string; n: number }>(
            `select c.relname as table, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::int as n
               from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = 'app' and c.relkind = 'r' order by 1`,
          )
        ).rows;
      const counted = await rows();
      expect(counted.filter((r) => r.n > 0).length).toBeGreaterThanOrEqual(12);

      const baselines = migrationFiles();
      expect(await applyMigrations(stored, bootstrapSql, baselines)).toEqual({ applied: baselines.map((m) => m.name), bootstrapped: false });

      // The same schema as a database made by this release, and nothing of the old one left.
      expect(await catalogSnapshot(stored)).toEqual(await catalogSnapshot(fresh));
      expect((await stored.query(`select 1 from pg_namespace where nspname = 'app_release_1'`)).rows).toEqual([]);
      // Every row, in every table, and the same answers through the API.
      const after = await rows();
      expect(after.filter((row) => counted.some((old) => old.table === row.table))).toEqual(counted);
      // New in this release, counted from the rows: the survey's stored tallies (3 responses,
      // 3 answers to the threshold question, 2 of them "yes").
      const tallies = await stored.query('select sum(responses)::int as responses, sum(threshold_total)::int as total, sum(threshold_successes)::int as successes from app.survey_tallies where survey_id = $1', [world.surveyId]);
      expect(tallies.rows).toEqual([{ responses: 3, total: 3, successes: 2 }]);
      // Every field each person saw keeps its value; fields this release adds (a question's
      // show_if, how many saw it) may come on top: the contract grows, it never changes meaning.
      expect(await views(stored, world)).toMatchObject(before);

      // It keeps working: the response limit counts the rows it had (3 of 5), and the next start
      // of the app has nothing to apply.
      const submit = (key: string) =>
        call(stored, null, 'submit_response', { p_slug: world.slug, p_respondent_key: key, p_answers: { [world.choice]: 'yes' } });
      await submit('after-upgrade-key-01');
      await submit('after-upgrade-key-02');
      await expect(submit('after-upgrade-key-03')).rejects.toMatchObject({ code: 'P0001', message: 'survey_closed' });
      await call(stored, world.creator, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'calm productivity for freelancers' } });
      expect(await applyMigrations(stored, bootstrapSql, baselines)).toEqual({ applied: [], bootstrapped: false });
    } finally {
      await stored.close();
      await fresh.close();
    }
  }, 240_000);

  it('the baselines leave a database that never had the first release alone: no schema set aside, nothing copied', async () => {
    const db = await PGlite.create();
    try {
      await applyMigrations(db, bootstrapSql, migrationFiles());
      const schemas = await db.query<{ nspname: string }>(`select nspname from pg_namespace where nspname like 'app%' order by 1`);
      expect(schemas.rows).toEqual([{ nspname: 'app' }]);
      expect((await db.query('select 1 from app.plans')).rows).toEqual([]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
