import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot } from '../support/db';

// The review loop in SQL, on PGlite: versions a creator sends, decisions about a version,
// threads that are resolved, and each side's inbox. Access over every table is in matrix.test.ts.
let db: PGlite;
let owner: string;
let coach: string;
let otherCoach: string;
let creator: string;
let planId: string;

type Version = { number: number; created_at: string; note: string | null };
type Comment = { id: string; version: number | null; resolved_at: string | null; resolved_by: { id: string; role: string } | null };
type Inbox = { unread: number; items: { id: string; kind: string; side: string; section: string | null; version: number | null; status: string | null; excerpt: string | null; actor: { id: string; role: string }; read_at: string | null }[] };
type CoachPlan = {
  versions: Version[];
  reviewing: { number: number; sections: Record<string, unknown>; survey: unknown } | null;
  compared: { number: number; sections: Record<string, unknown> } | null;
  changed_since_request: boolean;
  reviews: { coach_id: string; status: string; version: number | null; current: boolean }[];
};
type PlanItem = { plan_id: string; waiting: boolean; unread: number; open_threads: number; latest_version: number | null; review: { version: number | null } | null };

const fails = (promise: Promise<unknown>, key: string) => expect(promise).rejects.toMatchObject({ code: 'P0001', message: key });
const request = (note?: string, user = owner) => callAs(db, user, 'request_plan_review', note === undefined ? {} : { p_note: note }) as Promise<Version>;
const decide = (status: string, version?: number, user = coach) =>
  callAs(db, user, 'set_plan_review', { p_plan_id: planId, p_status: status, ...(version ? { p_version: version } : {}) }) as Promise<{ status: string; version: number }>;
const comment = (user: string, body: string, extra: Record<string, unknown> = {}) =>
  callAs(db, user, 'add_plan_comment', { p_plan_id: planId, p_section: 'niche', p_body: body, ...extra }) as Promise<Comment>;
const resolve = (user: string, id: string, resolved = true) => callAs(db, user, 'set_thread_resolved', { p_comment_id: id, p_resolved: resolved }) as Promise<Comment>;
const inbox = (user: string) => callAs(db, user, 'get_my_inbox') as Promise<Inbox>;
const coachPlan = (user = coach) => callAs(db, user, 'get_coach_plan', { p_plan_id: planId }) as Promise<CoachPlan>;
const setNiche = (statement: string) => callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement } });

async function makeCoach(name: string): Promise<string> {
  const id = await createUser(db, name);
  await callAs(db, id, 'save_my_profile', { p_display_name: name, p_roles: ['coach'] });
  return id;
}

async function link(coachId: string): Promise<string> {
  const { code } = (await callAs(db, owner, 'create_coach_invitation')) as { code: string };
  await callAs(db, coachId, 'accept_coach_invitation', { p_code: code });
  const { rows } = await db.query<{ id: string }>('select id::text from app.coach_links where plan_id = $1 and coach_id = $2 and revoked_at is null', [planId, coachId]);
  return rows[0]!.id;
}

beforeAll(async () => {
  db = await openSnapshot();
});
afterAll(() => db.close());

beforeEach(async () => {
  owner = await createUser(db);
  creator = await createUser(db);
  coach = await makeCoach('Léa');
  otherCoach = await makeCoach('Marc');
  await callAs(db, owner, 'save_my_profile', { p_display_name: 'Camille' });
  await setNiche('productivity for introverted freelancers');
  planId = (await db.query<{ id: string }>('select id::text from app.plans where owner_id = $1', [owner])).rows[0]!.id;
});

describe('versions sent for review', () => {
  it('freezes the plan as version 1, 2…, and refuses a request when nothing changed', async () => {
    await fails(request(), 'no_coach');
    await link(coach);
    const v1 = await request('  First draft, be honest.  ');
    expect(v1).toMatchObject({ number: 1, note: 'First draft, be honest.' });
    await fails(request(), 'review_up_to_date');
    await setNiche('productivity for introverted freelancers who work from home');
    expect(await request()).toMatchObject({ number: 2, note: null });

    const plan = await coachPlan();
    expect(plan.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(plan.reviewing).toMatchObject({ number: 2, sections: { niche: { statement: 'productivity for introverted freelancers who work from home' } } });
    expect(plan.compared).toBeNull();
    expect(plan.changed_since_request).toBe(false);
    // A change after the request shows, and the version keeps what was sent.
    await setNiche('something else entirely');
    const after = await coachPlan();
    expect(after.changed_since_request).toBe(true);
    expect(after.reviewing!.sections).toEqual(plan.reviewing!.sections);
  });

  it('bounds the note and writes nothing when refused', async () => {
    await link(coach);
    await fails(request('x'.repeat(1001)), 'invalid_review_request');
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from app.plan_versions where plan_id = $1', [planId]);
    expect(rows[0]!.n).toBe(0);
  });

  it('lets only the owner send a version, and only a linked coach read it', async () => {
    await link(coach);
    await request();
    // Another creator sending a request sends their own plan, which no coach shares.
    await fails(request(undefined, creator), 'no_coach');
    await fails(coachPlan(otherCoach), 'plan_not_found');
  });
});

describe('decisions about a version', () => {
  it('needs a request, is about the latest version, and reads "earlier version" once the plan changes', async () => {
    await link(coach);
    await fails(decide('approved'), 'no_review_request');
    await request();
    expect(await decide('needs_work', 1)).toMatchObject({ status: 'needs_work', version: 1 });
    await setNiche('productivity for introverted freelancers who work from home');
    await request();
    await fails(decide('approved', 1), 'version_outdated');

    // The coach reviewed version 1: version 2 is compared with it.
    const plan = await coachPlan();
    expect(plan.compared).toMatchObject({ number: 1, sections: { niche: { statement: 'productivity for introverted freelancers' } } });
    expect(await decide('approved', 2)).toMatchObject({ status: 'approved', version: 2 });
    const mine = (await callAs(db, owner, 'get_my_plan_review')) as { reviews: CoachPlan['reviews']; changed_since_request: boolean };
    expect(mine.reviews).toMatchObject([{ coach_id: coach, status: 'approved', version: 2, current: true }]);
    expect(mine.changed_since_request).toBe(false);

    await setNiche('a change after the approval');
    const later = (await callAs(db, owner, 'get_my_plan_review')) as { reviews: CoachPlan['reviews']; changed_since_request: boolean };
    expect(later.reviews).toMatchObject([{ status: 'approved', version: 2, current: false }]);
    expect(later.changed_since_request).toBe(true);
  });
});

describe('threads that end', () => {
  it('is resolved and reopened by either side; a reply reopens it; counts follow', async () => {
    await link(coach);
    await request();
    const first = await comment(coach, 'Say who they are first.');
    expect(first.version).toBe(1);
    const reply = await comment(owner, 'Freelancers who work from home.', { p_parent_id: first.id });
    // Resolving through a reply resolves its thread.
    const resolved = await resolve(owner, reply.id);
    expect(resolved).toMatchObject({ id: first.id, resolved_by: { id: owner, role: 'owner' } });
    expect(resolved.resolved_at).not.toBeNull();
    let [item] = (await callAs(db, coach, 'list_coach_plans')) as PlanItem[];
    expect(item!.open_threads).toBe(0);
    expect((await resolve(coach, first.id, false)).resolved_at).toBeNull();
    await resolve(coach, first.id);
    await comment(owner, 'One more thing.', { p_parent_id: first.id });
    [item] = (await callAs(db, coach, 'list_coach_plans')) as PlanItem[];
    expect(item!.open_threads).toBe(1);
  });

  it('is not resolved by someone without access, nor with bad input', async () => {
    await link(coach);
    const first = await comment(coach, 'A thread.');
    await fails(resolve(creator, first.id), 'invalid_comment');
    await fails(resolve(otherCoach, first.id), 'invalid_comment');
    await fails(callAs(db, owner, 'set_thread_resolved', { p_comment_id: first.id, p_resolved: null }), 'invalid_comment');
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from app.thread_resolutions where plan_id = $1', [planId]);
    expect(rows[0]!.n).toBe(0);
  });
});

describe('the inbox', () => {
  it('brings each side what the other did, counts unread, and marks read what is opened', async () => {
    await link(coach);
    await link(otherCoach);
    await request('Please look at the niche.');
    let coachInbox = await inbox(coach);
    expect(coachInbox.unread).toBe(1);
    expect(coachInbox.items[0]).toMatchObject({ kind: 'review_request', side: 'coach', version: 1, actor: { id: owner, role: 'owner' } });

    const first = await comment(coach, 'Say who they are first: <b>introverts</b>?');
    await decide('needs_work', 1);
    const ownerInbox = await inbox(owner);
    expect(ownerInbox.unread).toBe(2);
    expect(ownerInbox.items.map((i) => i.kind)).toEqual(['decision', 'comment']);
    expect(ownerInbox.items[0]).toMatchObject({ side: 'owner', status: 'needs_work', version: 1, actor: { id: coach, role: 'coach' } });
    expect(ownerInbox.items[1]).toMatchObject({ section: 'niche', excerpt: 'Say who they are first: <b>introverts</b>?' });
    // The other coach hears of the comment too; the author does not.
    expect((await inbox(otherCoach)).items.map((i) => i.kind)).toEqual(['comment', 'review_request']);

    await comment(owner, 'Yes.', { p_parent_id: first.id });
    coachInbox = await inbox(coach);
    expect(coachInbox.items.map((i) => i.kind)).toEqual(['reply', 'review_request']);
    // Deciding on version 1 answered its request: only the reply is unread.
    expect(coachInbox.items[1]!.read_at).not.toBeNull();
    expect(coachInbox.unread).toBe(1);
    let [item] = (await callAs(db, coach, 'list_coach_plans')) as PlanItem[];
    expect(item).toMatchObject({ unread: 1, waiting: true, latest_version: 1 });

    const left = (await callAs(db, coach, 'mark_inbox_read', { p_ids: coachInbox.items.map((i) => i.id) })) as { unread: number };
    expect(left.unread).toBe(0);
    [item] = (await callAs(db, coach, 'list_coach_plans')) as PlanItem[];
    // Decided on version 1 and read everything: nothing waits for this coach.
    expect(item).toMatchObject({ unread: 0, waiting: false });
    // Someone else's ids change nothing.
    expect(((await callAs(db, creator, 'mark_inbox_read', { p_ids: ownerInbox.items.map((i) => i.id) })) as { unread: number }).unread).toBe(0);
    expect((await inbox(owner)).unread).toBe(2);
  });

  it('bounds what is marked, and drops a revoked coach’s items at once', async () => {
    const linkId = await link(coach);
    await request();
    const first = await comment(coach, 'A thread.');
    await fails(callAs(db, coach, 'mark_inbox_read', { p_ids: Array.from({ length: 201 }, () => crypto.randomUUID()) }), 'invalid_inbox');
    expect((await inbox(coach)).unread).toBe(1);
    await callAs(db, owner, 'revoke_coach', { p_link_id: linkId });
    expect(await inbox(coach)).toEqual({ unread: 0, items: [] });
    // Told so, like every coach function, though the comment is out of their sight now.
    await fails(resolve(coach, first.id), 'coach_access_revoked');
    await fails(decide('approved'), 'coach_access_revoked');
    expect((await callAs(db, coach, 'list_coach_plans')) as PlanItem[]).toEqual([]);
  });

  it('puts the clients waiting for the coach first', async () => {
    await link(coach);
    const secondOwner = await createUser(db);
    await callAs(db, secondOwner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'second plan' } });
    const { code } = (await callAs(db, secondOwner, 'create_coach_invitation')) as { code: string };
    await callAs(db, coach, 'accept_coach_invitation', { p_code: code });
    // The second plan moved last, but the first one asked for a review.
    await request();
    await callAs(db, secondOwner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'second plan, changed' } });
    const items = (await callAs(db, coach, 'list_coach_plans')) as PlanItem[];
    expect(items.map((i) => [i.plan_id === planId, i.waiting])).toEqual([[true, true], [false, false]]);
  });
});
