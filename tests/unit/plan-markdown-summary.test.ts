import { describe, expect, it } from 'vitest';
import type { Backend } from '@/data/backend';
import type { Checkin } from '@/domain/engagement';
import { planMarkdown } from '@/domain/plan-markdown';
import { getSurveyVerdict } from '@/features/plan-summary/api/get-survey-verdict';
import { buildSummaryDocument, learningSection, type SummaryInput } from '@/features/plan-summary/lib/summary-document';
import type { MessageKey } from '@/i18n/en';
import { translate, type Params } from '@/i18n/i18n';
import { formatInstant } from '@/i18n/format';

const t = (key: MessageKey, params?: Params) => translate('en', key, params);
const base: SummaryInput = { sections: {}, checkins: [], survey: { state: 'none' }, today: '2026-11-26', locale: 'en', t, optional: () => null };
const section = (input: Partial<SummaryInput>, id: string) => buildSummaryDocument({ ...base, ...input }).sections.find((s) => s.id === id)!;
const text = (input: Partial<SummaryInput>, id: string) => JSON.stringify(section(input, id).blocks);

describe('the summary document', () => {
  it('holds the six sections in the wizard’s order, each saying whether it is complete', () => {
    const doc = buildSummaryDocument(base);
    expect(doc.sections.map((s) => [s.id, s.status])).toEqual([
      ['niche', 'Not filled in yet'],
      ['survey', 'Not filled in yet'],
      ['platform', 'Not filled in yet'],
      ['rituals', 'Not filled in yet'],
      ['launch', 'Not filled in yet'],
      ['money', 'Not filled in yet'],
    ]);
    expect(doc.lead).toEqual(['Niche not written yet', 'Prepared on 26 November 2026']);
  });

  it('gives the survey’s verdict, or says why it cannot', () => {
    const sections = { survey: { surveyId: '7f0c7a62-3d3c-4a57-9a0e-7d0b1b1c3a10' } };
    const verdict = { state: 'weak' as const, successes: 2, total: 40, rate: 0.05, low: 0.01, high: 0.17, targetRate: 0.3, minResponses: 30 };
    const card = text({ sections, survey: { state: 'ready', title: 'Freelance survey', hypothesis: 'At least 30 % of freelancers paid for help.', responses: 40, verdict } }, 'survey');
    expect(card).toContain('Verdict: Weak signal: rework the niche or the offer before building.');
    // The test card's hypothesis, before what the answers say of it.
    expect(card).toContain('{"label":"What we believed","value":"At least 30 % of freelancers paid for help."}');
    // What the verdict rests on, in the words the results page uses.
    const strong = text({ sections, survey: { state: 'ready', title: 'Freelance survey', hypothesis: '', responses: 40, verdict, strength: { word: 'strong', level: 'commitment', people: 14 } } }, 'survey');
    expect(strong).toContain('What it rests on: Strong: commitments (e-mails left with consent): 14.');
    expect(card).not.toContain('What it rests on');
    expect(text({ sections, survey: { state: 'ready', title: 'Freelance survey', hypothesis: '', responses: 40, verdict: null } }, 'survey')).toContain('No threshold was set');
    expect(text({ sections, survey: { state: 'error' } }, 'survey')).toContain('could not be read');
    expect(section({ sections, survey: { state: 'loading' } }, 'survey').complete).toBe(true);
  });

  it('translates a platform reason when its step has the message, and shows the key otherwise', () => {
    const sections = { platform: { choice: 'telegram' as const, reasons: [{ key: 'topics' }, { key: 'members_there' }] } };
    const optional = (key: string) => (key === 'platform.reason.topics' ? 'Topics keep threads apart.' : null);
    const blocks = text({ sections, optional }, 'platform');
    expect(blocks).toContain('Telegram');
    expect(blocks).toContain('Topics keep threads apart.');
    expect(blocks).toContain('members there');
  });

  it('lists the rituals and a calendar of their first three months', () => {
    const live = { id: 'live', preset: 'weekly_live' as const, name: '', description: '', frequency: 'weekly' as const, weekday: 'TU' as const, nth: null, time: '19:00', durationMinutes: 60, sequence: 0 };
    const challenge = { ...live, id: 'challenge', name: 'Défi', frequency: 'monthly' as const, weekday: 'MO' as const, nth: 1 as const, time: '12:30' };
    const unnamed = { ...live, id: 'draft', weekday: null };
    const doc = section({ sections: { rituals: { startDate: '2027-02-01', timeZone: 'Europe/Paris', items: [{ ...live, name: 'Live' }, challenge, unnamed] } } }, 'rituals');
    expect(doc.complete).toBe(false); // a ritual without a name nor a day
    const [, rituals, calendar] = doc.blocks;
    expect(rituals).toMatchObject({
      kind: 'table',
      rows: [
        ['Live', 'Every Tuesday at 19:00', '60 min', '13'],
        ['Défi', 'First Monday of the month at 12:30', '60 min', '3'],
        ['Unnamed ritual', 'Day not chosen yet', '60 min', '—'],
      ],
    });
    expect(calendar).toMatchObject({ kind: 'table', caption: 'Calendar of the first three months' });
    expect((calendar as { rows: string[][] }).rows.map((r) => r[0])).toEqual(['February 2027', 'March 2027', 'April 2027']);
  });

  it('puts the engagement, the watch-outs, the ambassadors and the money plan in the launch sections', () => {
    const checkins: Checkin[] = [
      { weekStart: '2026-11-02', members: 40, activeMembers: 24, conversationsTotal: 20, conversationsByMembers: 8, conversationsBetweenMembers: 5, creatorHours: 4, note: '@Léa' },
      { weekStart: '2026-11-23', members: 140, activeMembers: 28, conversationsTotal: 20, conversationsByMembers: 8, conversationsBetweenMembers: 5, creatorHours: 5, note: '@Léa' },
    ];
    const sections = { niche: { statement: 'x', targetSize: 5_000 }, launch: { offerType: 'subscription' as const, price: 19, currency: 'USD' as const, conversionRate: 0.1 } };
    const launch = text({ sections, checkins }, 'launch');
    expect(launch).toContain('2 weekly check-ins. Week of 23 Nov 2026: 140 members, 20% active');
    expect(launch).toContain('The growth race');
    expect(launch).toContain('Léa: Not yet: give them a small role first');
    expect(launch).toContain('For 5,000 members: 10 groups of about 500.');
    const money = section({ sections, checkins }, 'money');
    expect(money.complete).toBe(true);
    expect(JSON.stringify(money.blocks)).toContain('Price per month');
    expect(money.blocks.find((b) => b.kind === 'table')).toMatchObject({
      rows: [
        ['Today (140 members)', '14', 'US$266 a month'],
        ['At target (5,000 members)', '500', 'US$9,500 a month'],
      ],
    });
  });

  it('lists the same watch-outs as the Launch step, a missing revenue plan included', () => {
    const checkins: Checkin[] = [
      { weekStart: '2026-11-23', members: 40, activeMembers: 24, conversationsTotal: 20, conversationsByMembers: 8, conversationsBetweenMembers: 5, creatorHours: 4, note: '' },
    ];
    const launch = text({ sections: { niche: { statement: 'x' } }, checkins }, 'launch');
    expect(launch).toContain('No revenue plan yet');
    expect(launch).not.toContain('Nothing to watch out for');
  });

  it('is written out as Markdown, user text escaped', () => {
    const markdown = planMarkdown(buildSummaryDocument({ ...base, sections: { niche: { statement: '[me](javascript:x)' } } }));
    expect(markdown).toContain('\\[me\\](javascript:x)');
    expect(markdown).not.toContain('[me](');
  });
});

describe('getSurveyVerdict', () => {
  it('computes the verdict from the survey’s threshold, as the results page does', async () => {
    const backend = {
      rpc: async (fn: string) =>
        fn === 'get_survey'
          ? { id: 'x', title: 'Freelance survey', status: 'published', hypothesis: 'Freelancers paid for help.', questions: [] }
          : { total_responses: 60, threshold: { question_id: null, successes: 30, total: 60, target_rate: '0.25', min_responses: 30 } },
    } as unknown as Backend;
    const result = await getSurveyVerdict(backend, '7f0c7a62-3d3c-4a57-9a0e-7d0b1b1c3a10');
    expect(result).toMatchObject({ title: 'Freelance survey', hypothesis: 'Freelancers paid for help.', responses: 60, verdict: { state: 'strong', successes: 30, total: 60 } });
    // A waiting-list threshold counts e-mails left with consent: commitments, by the 30 who left one.
    expect(result.strength).toEqual({ word: 'strong', level: 'commitment', people: 30 });
  });

});

describe('the Markdown export of what the tests taught', () => {
  it('exports what the tests taught: each learning card with its verdict, and the niche’s versions', () => {
    const card = {
      id: 'c1',
      survey_id: 's1',
      survey_title: 'Freelance survey',
      hypothesis: 'At least 30 % of freelancers paid for help.',
      responses: 40,
      threshold: { question_id: 'q1', successes: 20, total: 40, target_rate: 0.3, min_responses: 30 },
      evidence: 'behaviour' as const,
      learned: 'Those who work from home pay; the others do not.',
      decision: 'narrow' as const,
      niche_before: 'productivity for freelancers',
      niche_after: 'productivity for freelancers working from home',
      created_at: '2026-11-26T10:00:00Z',
    };
    const versions = [
      { version: 1, statement: 'productivity for freelancers', survey_id: null, survey_title: null, created_at: '2026-11-20T10:00:00Z' },
      { version: 2, statement: 'productivity for freelancers working from home', survey_id: 's1', survey_title: 'Freelance survey', created_at: '2026-11-26T10:00:00Z' },
    ];
    const learning = learningSection({ cards: [card], versions }, t, 'en');
    expect(learning).toMatchObject({ id: 'learning', heading: 'What the tests taught', complete: true, status: '1 learning card' });
    const markdown = planMarkdown({ title: 'Plan', lead: [], sections: [learning] });
    // The date in the reader's time zone (the run's: the clock matrix runs this in UTC+14 and UTC−8).
    expect(markdown).toContain(`Learning card: Freelance survey (Written on ${formatInstant(card.created_at, 'en')})`);
    expect(markdown).toContain('What we learned');
    expect(markdown).toContain('Those who work from home pay; the others do not.');
    expect(markdown).toContain('Narrow the niche. The niche went from “productivity for freelancers” to “productivity for freelancers working from home”.');
    expect(markdown).toContain('Version 2: productivity for freelancers working from home');
    expect(learningSection({ cards: [], versions: [] }, t, 'en')).toMatchObject({ complete: false, status: 'No learning card yet: one is written when a survey ends.', blocks: [] });
  });
});
