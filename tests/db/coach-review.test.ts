import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runRpc } from '@/data/embedded/rpc';
import { callAs, createUser, openSnapshot, queryAs } from '../support/db';

// Coach review in SQL, on PGlite: invitations, links, comments, reviews, and the abuse cases.
// The access matrix over every table lives in matrix.test.ts.
let db: PGlite;
let owner: string;
let coach: string;
let otherCoach: string;
let creator: string;
let planId: string;

type Invitation = { id: string; code: string; status: string; expires_at: string };
const invite = (user = owner) => callAs(db, user, 'create_coach_invitation') as Promise<Invitation>;
const accept = (code: string, user = coach) => callAs(db, user, 'accept_coach_invitation', { p_code: code }) as Promise<{ plan_id: string }>;
const comment = (user: string, body: string, extra: Record<string, unknown> = {}) =>
  callAs(db, user, 'add_plan_comment', { p_plan_id: planId, p_section: 'niche', p_body: body, ...extra }) as Promise<Record<string, unknown>>;
const fails = (promise: Promise<unknown>, key: string) => expect(promise).rejects.toMatchObject({ code: 'P0001', message: key });

async function makeCoach(name: string): Promise<string> {
  const id = await createUser(db, name);
  await callAs(db, id, 'save_my_profile', { p_display_name: name, p_roles: ['coach'] });
  return id;
}

beforeAll(async () => {
  db = await openSnapshot();
});
afterAll(() => db.close());

// Every test starts from people and a plan of its own, so that none leans on what another did
// and the order does not matter (vitest --sequence.shuffle).
beforeEach(async () => {
  owner = await createUser(db);
  creator = await createUser(db);
  coach = await makeCoach('Léa');
  otherCoach = await makeCoach('Marc');
  await callAs(db, owner, 'save_my_profile', { p_display_name: 'Camille' });
  await callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'productivity for introverted freelancers' } });
  planId = (await db.query<{ id: string }>('select id::text from app.plans where owner_id = $1', [owner])).rows[0]!.id;
});

/** Links a coach to the owner's plan through an invitation, as the two of them would. */
async function link(coachId = coach): Promise<string> {
  const { code } = await invite();
  await accept(code, coachId);
  return linkId(coachId);
}

/** A coach who was linked, then revoked: their calls say coach_access_revoked. */
async function linkThenRevoke(coachId: string): Promise<void> {
  await callAs(db, owner, 'revoke_coach', { p_link_id: await link(coachId) });
}

describe('invitations', () => {
  it('gives a 160-bit code, shown once and stored as its sha256 only', async () => {
    const invitation = await invite();
    expect(invitation.code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(invitation.status).toBe('pending');
    const stored = await db.query<{ hash: string; days: number }>(
      `select encode(code_hash, 'hex') as hash, round(extract(epoch from expires_at - created_at) / 86400)::int as days
         from app.coach_invitations where id = $1`,
      [invitation.id],
    );
    const expected = await db.query<{ hash: string }>(`select encode(sha256(convert_to($1, 'UTF8')), 'hex') as hash`, [invitation.code.replaceAll('-', '')]);
    expect(stored.rows[0]).toEqual({ hash: expected.rows[0]!.hash, days: 7 });
    const text = await db.query<{ n: number }>(`select count(*)::int as n from app.coach_invitations i where i::text like '%' || $1 || '%'`, [invitation.code.slice(0, 9)]);
    expect(text.rows[0]!.n).toBe(0);
    // The listing never carries a code.
    const access = (await callAs(db, owner, 'list_my_coach_access')) as { invitations: Record<string, unknown>[] };
    expect(access.invitations[0]).not.toHaveProperty('code');
  });

  it('makes a different code every time', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i += 1) codes.add((await invite(creator)).code);
    expect(codes.size).toBe(5);
  });

  it('refuses a coach role to an anonymous sign-in, and anonymous users cannot accept', async () => {
    const guest = await createUser(db);
    const asGuest = (fn: string, args: Record<string, unknown>) =>
      runRpc(db, { fn, args, role: 'authenticated', claims: { sub: guest, role: 'authenticated', is_anonymous: true } });
    await fails(asGuest('save_my_profile', { p_display_name: 'Guest', p_roles: ['creator', 'coach'] }), 'coach_needs_email');
    const { code } = await invite();
    await fails(asGuest('accept_coach_invitation', { p_code: code }), 'coach_needs_email');
    // Even with a coach profile written behind the API's back, an anonymous sign-in stays out.
    await db.query(`insert into app.profiles (id, display_name, roles) values ($1, 'Guest', array['coach'])`, [guest]);
    await fails(asGuest('accept_coach_invitation', { p_code: code }), 'coach_needs_email');
    // And the invitation is still there for a real coach.
    await expect(accept(code, otherCoach)).resolves.toMatchObject({ plan_id: planId });
    await callAs(db, owner, 'revoke_coach', { p_link_id: await linkId(otherCoach) });
  });

  it('asks for the coach role before accepting', async () => {
    const { code } = await invite();
    await fails(accept(code, creator), 'not_a_coach');
    await expect(accept(code)).resolves.toEqual({ plan_id: planId, link_id: expect.any(String) });
  });

  it('is single-use: the same code again, by anyone, is invitation_invalid', async () => {
    const { code } = await invite();
    await accept(code);
    await fails(accept(code), 'invitation_invalid');
    await fails(accept(code, otherCoach), 'invitation_invalid');
  });

  it('reads the code as typed: lower case, spaces, no dashes, I/L/O for 1/0', async () => {
    const { code, id } = await invite();
    const messy = ` ${code.toLowerCase().replaceAll('-', ' ')} `.replaceAll('1', 'l').replaceAll('0', 'o');
    await fails(accept('not a code at all'), 'invitation_invalid');
    await accept(messy, otherCoach);
    const access = (await callAs(db, owner, 'list_my_coach_access')) as { invitations: { id: string; status: string }[] };
    expect(access.invitations.find((i) => i.id === id)?.status).toBe('accepted');
    await callAs(db, owner, 'revoke_coach', { p_link_id: await linkId(otherCoach) });
  });

  it('gives one answer for a guessed, an expired and a revoked code', async () => {
    const guessed = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
    await fails(accept(guessed), 'invitation_invalid');
    const expired = await invite();
    await db.query(`update app.coach_invitations set created_at = now() - interval '8 days', expires_at = now() - interval '1 day' where id = $1`, [expired.id]);
    await fails(accept(expired.code), 'invitation_invalid');
    const revoked = await invite();
    await expect(callAs(db, owner, 'revoke_coach_invitation', { p_invitation_id: revoked.id })).resolves.toMatchObject({ status: 'revoked' });
    await fails(accept(revoked.code), 'invitation_invalid');
    await fails(callAs(db, owner, 'revoke_coach_invitation', { p_invitation_id: revoked.id }), 'invitation_invalid');
    // Another creator cannot revoke someone else's invitation.
    const pending = await invite();
    await fails(callAs(db, creator, 'revoke_coach_invitation', { p_invitation_id: pending.id }), 'invitation_invalid');
  });

  it('refuses the creator their own invitation, and keeps it usable', async () => {
    await callAs(db, owner, 'save_my_profile', { p_display_name: 'Camille', p_roles: ['creator', 'coach'] });
    const { code } = await invite();
    await fails(accept(code, owner), 'invitation_own');
    await callAs(db, owner, 'save_my_profile', { p_display_name: 'Camille', p_roles: ['creator'] });
    await expect(accept(code)).resolves.toMatchObject({ plan_id: planId });
  });

  it('keeps at most ten invitations waiting', async () => {
    const someone = await createUser(db);
    for (let i = 0; i < 10; i += 1) await invite(someone);
    await fails(invite(someone), 'invitation_limit');
  });

  it('lets only one of two acceptances in flight through', async () => {
    const { code } = await invite();
    const results = await Promise.allSettled([accept(code), accept(code, otherCoach)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ message: 'invitation_invalid' });
    if (results[1]!.status === 'fulfilled') await callAs(db, owner, 'revoke_coach', { p_link_id: await linkId(otherCoach) });
  });
});

async function linkId(coachId: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'select id::text from app.coach_links where coach_id = $1 and plan_id = $2 order by revoked_at is null desc, created_at desc',
    [coachId, planId],
  );
  return rows[0]!.id;
}

describe('the coach at work', () => {
  beforeEach(async () => {
    await link();
  });

  it('lists the shared plan with its client, progress data, survey and review', async () => {
    const plans = (await callAs(db, coach, 'list_coach_plans')) as Record<string, unknown>[];
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      plan_id: planId,
      client: { id: owner, display_name: 'Camille' },
      sections: { niche: { statement: 'productivity for introverted freelancers' } },
      survey: null,
      review: null,
      comment_count: 0,
    });
    expect(await callAs(db, creator, 'list_coach_plans')).toEqual([]);
  });

  it('comments, with threaded replies from the creator, as plain text', async () => {
    const html = '<img src=x onerror=alert(1)> <b>bold</b>';
    const first = await comment(coach, `  ${html}  `);
    expect(first).toMatchObject({ section: 'niche', parent_id: null, body: html, author: { id: coach, display_name: 'Léa', role: 'coach' } });
    const reply = await comment(owner, 'Thanks, shortened it.', { p_parent_id: first.id, p_section: null });
    expect(reply).toMatchObject({ section: 'niche', parent_id: first.id, author: { role: 'owner', display_name: 'Camille' } });
    // A reply to a reply joins the thread's first comment.
    const again = await comment(coach, 'Better!', { p_parent_id: reply.id, p_section: 'launch' });
    expect(again).toMatchObject({ section: 'niche', parent_id: first.id });
    const review = (await callAs(db, owner, 'get_my_plan_review')) as { comments: { body: string }[] };
    expect(review.comments.map((c) => c.body)).toEqual([html, 'Thanks, shortened it.', 'Better!']);
  });

  it('refuses a 10,000-character comment, an empty one, an unknown section or a foreign parent', async () => {
    await fails(comment(coach, 'x'.repeat(10_000)), 'comment_too_long');
    await fails(comment(owner, 'x'.repeat(4_001)), 'comment_too_long');
    await expect(comment(coach, 'é'.repeat(4_000))).resolves.toMatchObject({ section: 'niche' });
    await fails(comment(coach, '   '), 'invalid_comment');
    await fails(comment(coach, 'hello', { p_section: 'money' }), 'invalid_comment');
    await callAs(db, creator, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'weekend bakers' } });
    const creatorPlan = (await db.query<{ id: string }>('select id::text from app.plans where owner_id = $1', [creator])).rows[0]!.id;
    const theirs = (await callAs(db, creator, 'add_plan_comment', { p_plan_id: creatorPlan, p_section: 'niche', p_body: 'note to self' })) as { id: string };
    await fails(comment(coach, 'hello', { p_parent_id: theirs.id }), 'invalid_comment');
  });

  it('keeps comments away from other creators and coaches without access', async () => {
    await linkThenRevoke(otherCoach);
    await callAs(db, creator, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'weekend bakers' } });
    const creatorPlan = (await db.query<{ id: string }>('select id::text from app.plans where owner_id = $1', [creator])).rows[0]!.id;
    await callAs(db, creator, 'add_plan_comment', { p_plan_id: creatorPlan, p_section: 'niche', p_body: 'note to self' });
    await fails(comment(creator, 'hi'), 'plan_not_found');
    await fails(comment(otherCoach, 'hi'), 'coach_access_revoked');
    await fails(callAs(db, creator, 'get_coach_plan', { p_plan_id: planId }), 'plan_not_found');
    const mine = (await callAs(db, creator, 'get_my_plan_review')) as { comments: { body: string }[] };
    expect(mine.comments.map((c) => c.body)).toEqual(['note to self']);
  });

  it('sets the review status with its date, and refuses anything else', async () => {
    // A decision is about a version the creator sent for review (review-loop.test.ts).
    await callAs(db, owner, 'request_plan_review');
    const set = (await callAs(db, coach, 'set_plan_review', { p_plan_id: planId, p_status: 'needs_work' })) as { status: string; updated_at: string };
    expect(set).toMatchObject({ plan_id: planId, status: 'needs_work', version: 1 });
    await fails(callAs(db, coach, 'set_plan_review', { p_plan_id: planId, p_status: 'perfect' }), 'invalid_review');
    await fails(callAs(db, owner, 'set_plan_review', { p_plan_id: planId, p_status: 'approved' }), 'plan_not_found');
    const approved = (await callAs(db, coach, 'set_plan_review', { p_plan_id: planId, p_status: 'approved' })) as { updated_at: string };
    const review = (await callAs(db, owner, 'get_my_plan_review')) as { reviews: Record<string, unknown>[] };
    expect(review.reviews).toEqual([
      { coach_id: coach, display_name: 'Léa', status: 'approved', updated_at: approved.updated_at, active: true, version: 1, current: true },
    ]);
  });

  it('cannot change the plan itself', async () => {
    const before = await callAs(db, owner, 'get_my_plan');
    // save_plan_section writes the caller's own plan, never the client's.
    await callAs(db, coach, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'hijacked' } });
    expect(await callAs(db, owner, 'get_my_plan')).toEqual(before);
  });
});

describe('revoking', () => {
  it('shows the creator who has access, then removes it at once', async () => {
    await link();
    await linkThenRevoke(otherCoach);
    await comment(coach, 'Tighten the niche.');
    await callAs(db, owner, 'request_plan_review');
    expect(await callAs(db, coach, 'set_plan_review', { p_plan_id: planId, p_status: 'approved' })).toMatchObject({ version: 1 });
    const access = (await callAs(db, owner, 'list_my_coach_access')) as { coaches: { id: string; coach_id: string; display_name: string; revoked_at: string | null; review: unknown }[] };
    const active = access.coaches.filter((c) => !c.revoked_at);
    expect(active.map((c) => c.display_name)).toEqual(['Léa']);
    expect(active[0]!.review).toMatchObject({ status: 'approved', version: 1 });
    expect(access.coaches.find((c) => c.coach_id === otherCoach)?.revoked_at).toEqual(expect.any(String));

    // The coach has the page open: it loaded before the revocation.
    await expect(callAs(db, coach, 'get_coach_plan', { p_plan_id: planId })).resolves.toMatchObject({ plan_id: planId });
    await fails(callAs(db, creator, 'revoke_coach', { p_link_id: active[0]!.id }), 'coach_link_not_found');
    await callAs(db, owner, 'revoke_coach', { p_link_id: active[0]!.id });

    // The next call fails, whatever it is.
    await fails(callAs(db, coach, 'get_coach_plan', { p_plan_id: planId }), 'coach_access_revoked');
    await fails(comment(coach, 'one more thing'), 'coach_access_revoked');
    await fails(callAs(db, coach, 'set_plan_review', { p_plan_id: planId, p_status: 'needs_work' }), 'coach_access_revoked');
    expect(await callAs(db, coach, 'list_coach_plans')).toEqual([]);
    // Revoking twice changes nothing; the creator still reads the history.
    await expect(callAs(db, owner, 'revoke_coach', { p_link_id: active[0]!.id })).resolves.toMatchObject({ coach_id: coach });
    const review = (await callAs(db, owner, 'get_my_plan_review')) as { reviews: { active: boolean }[]; comments: unknown[] };
    expect(review.reviews[0]!.active).toBe(false);
    expect(review.comments.length).toBeGreaterThan(0);
  });

  it('lets no revoked coach back in with the code they once used, even at the table', async () => {
    const { code } = await invite();
    await accept(code, otherCoach);
    await callAs(db, owner, 'revoke_coach', { p_link_id: await linkId(otherCoach) });
    await fails(accept(code, otherCoach), 'invitation_invalid');
    // Presenting the code's hash by hand and inserting the link directly: the invitation made
    // its link already, and a code makes one link only.
    const attempt = queryAs(
      db,
      otherCoach,
      `with presented as (select set_config('noyau.invitation_hash', encode(app.invitation_hash($1), 'hex'), true))
       insert into app.coach_links (plan_id, owner_id, coach_id, invitation_id)
       select $2::uuid, $3::uuid, $4::uuid, i.id from presented, app.coach_invitations i where i.code_hash = app.invitation_hash($1)`,
      [code, planId, owner, otherCoach],
    );
    await expect(attempt).rejects.toMatchObject({ code: '23505' });
    await fails(comment(otherCoach, 'back again'), 'coach_access_revoked');
  });

  it('gives access back with a new invitation', async () => {
    await linkThenRevoke(coach);
    await fails(callAs(db, coach, 'get_coach_plan', { p_plan_id: planId }), 'coach_access_revoked');
    const { code } = await invite();
    await accept(code);
    await expect(callAs(db, coach, 'get_coach_plan', { p_plan_id: planId })).resolves.toMatchObject({ plan_id: planId });
  });
});

describe('survey results for coaches', () => {
  it('lets a linked coach read the plan’s survey results, never the exports or the waiting list', async () => {
    // The seed's demo creator shares their plan, which relies on the demo survey.
    const demo = '00000000-0000-4000-8000-0000000000d1';
    const survey = '00000000-0000-4000-8000-00000000d5e1';
    await callAs(db, demo, 'save_plan_section', { p_section: 'survey', p_data: { surveyId: survey } });
    const stranger = await makeCoach('Stranger');
    await fails(callAs(db, coach, 'survey_results', { p_survey_id: survey }), 'survey_not_found');
    const { code } = (await callAs(db, demo, 'create_coach_invitation')) as Invitation;
    await accept(code);

    const results = (await callAs(db, coach, 'survey_results', { p_survey_id: survey })) as { total_responses: number };
    const asOwner = (await callAs(db, demo, 'survey_results', { p_survey_id: survey })) as { total_responses: number; waitlist_count: number };
    expect(results.total_responses).toBe(asOwner.total_responses);
    expect(asOwner.waitlist_count).toBeGreaterThan(0);
    expect(results).toMatchObject({ waitlist_count: 0 });
    await fails(callAs(db, coach, 'export_survey_responses', { p_survey_id: survey }), 'survey_not_found');
    await fails(callAs(db, coach, 'export_survey_waitlist', { p_survey_id: survey }), 'survey_not_found');
    await fails(callAs(db, stranger, 'survey_results', { p_survey_id: survey }), 'survey_not_found');

    const listed = ((await callAs(db, coach, 'list_coach_plans')) as { client: { id: string }; survey: Record<string, unknown> }[]).find((p) => p.client.id === demo);
    expect(listed?.survey).toMatchObject({ id: survey, responses: asOwner.total_responses, status: 'published', threshold: { total: expect.any(Number) }, evidence: 'opinion' });
  });

  it('shares nothing when a plan points at someone else’s survey', async () => {
    const survey = '00000000-0000-4000-8000-00000000d5e1';
    const demo = '00000000-0000-4000-8000-0000000000d1';
    await link();
    await callAs(db, demo, 'save_plan_section', { p_section: 'survey', p_data: { surveyId: survey } });
    await accept(((await callAs(db, demo, 'create_coach_invitation')) as Invitation).code);
    await callAs(db, owner, 'save_plan_section', { p_section: 'survey', p_data: { surveyId: survey } });
    const plan = (await callAs(db, coach, 'get_coach_plan', { p_plan_id: planId })) as { survey: unknown };
    expect(plan.survey).toBeNull();
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from app.coach_links where coach_id = $1 and revoked_at is null`, [coach]);
    expect(rows[0]!.n).toBe(2);
    // The coach follows the demo plan too, so the survey is readable through that link only:
    // revoke it and the survey closes even though the other plan still names it.
    const demoLink = (await db.query<{ id: string }>(`select id::text from app.coach_links where coach_id = $1 and plan_id <> $2`, [coach, planId])).rows[0]!.id;
    await callAs(db, '00000000-0000-4000-8000-0000000000d1', 'revoke_coach', { p_link_id: demoLink });
    await fails(callAs(db, coach, 'survey_results', { p_survey_id: survey }), 'survey_not_found');
  });
});
