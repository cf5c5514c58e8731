import { describe, expect, it } from 'vitest';
import { platformFacts, platformIds, type PlatformId } from '@/domain/platform-facts';
import { recommendPlatforms, scoreOf, type RecommenderInput } from '@/domain/platform-recommender';
import { isPlatformComplete, platformSectionSchema } from '@/domain/platform-section';
import { isStepComplete } from '@/domain/plan';

// Realistic creators, most of them from the article's own cases.
const profiles: Record<PlatformId, [string, RecommenderInput]> = {
  discord: [
    'Thomas: crypto for beginners, 1,200 members who chat all day on their computers',
    {
      kind: 'tech_gaming',
      talk: 'chat',
      live: 'audio',
      money: 'later',
      courses: false,
      devices: 'computer',
      apps: ['discord'],
      hoursPerWeek: 6,
      budget: 'none',
      targetSize: 1_200,
    },
  ],
  telegram: [
    'Sophie: career change for women managers, advice from an expert, 350 members on their phones',
    {
      kind: 'expertise',
      talk: 'broadcast',
      live: 'audio',
      money: 'later',
      courses: false,
      devices: 'phone',
      apps: ['telegram'],
      hoursPerWeek: 5,
      budget: 'none',
      targetSize: 350,
    },
  ],
  circle: [
    'Marc: a paid productivity programme with courses and discussions, members at their desks',
    {
      kind: 'learning',
      talk: 'threads',
      live: 'video',
      money: 'paid',
      courses: true,
      devices: 'computer',
      apps: [],
      hoursPerWeek: 10,
      budget: 'high',
      targetSize: 600,
    },
  ],
  mighty: [
    'a paid yoga programme with courses, members follow on their phones',
    {
      kind: 'learning',
      talk: 'broadcast',
      live: 'video',
      money: 'paid',
      courses: true,
      devices: 'phone',
      apps: [],
      hoursPerWeek: 8,
      budget: 'high',
      targetSize: 400,
    },
  ],
  whatsapp: [
    'a support circle for new mums, 40 members on their phones, little time',
    {
      kind: 'support',
      talk: 'personal',
      live: 'none',
      money: 'free',
      courses: false,
      devices: 'phone',
      apps: ['whatsapp'],
      hoursPerWeek: 2,
      budget: 'none',
      targetSize: 40,
    },
  ],
  skool: [
    'a paid cohort course on a small budget, progress and challenges',
    {
      kind: 'learning',
      talk: 'threads',
      live: 'video',
      money: 'paid',
      courses: true,
      devices: 'both',
      apps: [],
      hoursPerWeek: 6,
      budget: 'low',
      targetSize: 300,
    },
  ],
  slack: [
    'a peer group of product managers who already live in Slack at work',
    {
      kind: 'professional',
      talk: 'chat',
      live: 'audio',
      money: 'free',
      courses: false,
      devices: 'computer',
      apps: ['slack'],
      hoursPerWeek: 4,
      budget: 'none',
      targetSize: 300,
    },
  ],
};

describe('recommendPlatforms', () => {
  it.each(platformIds.map((id) => [id, ...profiles[id]] as const))('ranks %s first for %s', (id, _who, input) => {
    const result = recommendPlatforms(input);
    expect(result.ranked[0]?.id).toBe(id);
    expect(result.ranked[0]!.reasons.length).toBeGreaterThanOrEqual(2);
    expect(result.ranked[0]!.reasons.length).toBeLessThanOrEqual(3);
    expect(result.ranked[0]!.score).toBeGreaterThan(result.ranked[1]!.score);
  });

  it('gives every platform a reason for its rank, strongest first, and at most two cautions', () => {
    const result = recommendPlatforms(profiles.circle[1]);
    for (const item of result.ranked) {
      expect(item.cautions.length).toBeLessThanOrEqual(2);
      const points = item.reasons.map((r) => r.points);
      expect(points).toEqual([...points].sort((a, b) => b - a));
    }
    expect(result.ranked.map((r) => r.rank)).toEqual(result.ranked.map((_, i) => i + 1));
  });

  it('rules WhatsApp out for a target of 2,000: its groups hold 1,024', () => {
    const result = recommendPlatforms({ kind: 'support', talk: 'personal', devices: 'phone', apps: ['whatsapp'], targetSize: 2_000 });
    expect(result.ranked.map((r) => r.id)).not.toContain('whatsapp');
    expect(result.excluded).toContainEqual({
      id: 'whatsapp',
      limits: [{ key: 'max_members', params: { limit: 1_024, size: 2_000 }, fact: platformFacts.whatsapp.maxMembers }],
    });
    // The limit's figure is a third-party one, and says so.
    expect(result.excluded[0]!.limits[0]!.fact.thirdParty).toBe(true);
  });

  it('keeps WhatsApp at 1,024 exactly, but warns past the author’s advice of about 50', () => {
    const result = recommendPlatforms({ kind: 'support', targetSize: 1_024 });
    const whatsapp = result.ranked.find((r) => r.id === 'whatsapp')!;
    expect(whatsapp.cautions).toContainEqual({ key: 'over_advised_size', points: -15, params: { advised: 50 } });
  });

  it('rules out platforms with no free plan when there is no budget, and Circle on a small one', () => {
    const none = recommendPlatforms({ budget: 'none' });
    expect(none.excluded.map((e) => e.id).sort()).toEqual(['circle', 'mighty', 'skool']);
    expect(none.excluded.every((e) => e.limits[0]!.key === 'no_free_plan')).toBe(true);
    const low = recommendPlatforms({ budget: 'low' });
    expect(low.excluded).toEqual([{ id: 'circle', limits: [expect.objectContaining({ key: 'over_budget', params: { price: 89, budget: 50 } })] }]);
    expect(recommendPlatforms({ budget: 'high' }).excluded).toEqual([]);
  });

  it('names every limit that applies', () => {
    const result = recommendPlatforms({ budget: 'none', targetSize: 100_000 });
    expect(result.excluded.find((e) => e.id === 'whatsapp')!.limits.map((l) => l.key)).toEqual(['max_members']);
    expect(result.ranked.map((r) => r.id).sort()).toEqual(['discord', 'slack', 'telegram']);
  });

  it('is neutral with no answers: every platform at 50, in the facts file’s order except Slack’s history caution', () => {
    const result = recommendPlatforms({});
    expect(result.answered).toBe(0);
    expect(result.excluded).toEqual([]);
    expect(result.ranked.slice(0, 6).every((r) => r.score === 50)).toBe(true);
    expect(result.ranked.at(-1)).toMatchObject({ id: 'slack', cautions: [{ key: 'history_limit', params: { days: 90 } }] });
  });

  it('warns that WhatsApp calls hold 32 people when lives are planned for a larger group', () => {
    const result = recommendPlatforms({ live: 'video', targetSize: 200 });
    expect(result.ranked.find((r) => r.id === 'whatsapp')!.cautions).toContainEqual(expect.objectContaining({ key: 'calls_too_small', params: { max: 32 } }));
  });

  it('scores on a curve: 50 for nothing, never 0 or 100', () => {
    expect(scoreOf(0)).toBe(50);
    expect(scoreOf(200)).toBeLessThanOrEqual(100);
    expect(scoreOf(60)).toBeGreaterThan(scoreOf(50));
    expect(scoreOf(-40)).toBeLessThan(50);
  });
});

describe('platform facts', () => {
  it('give a source for every fact, and mark third-party ones', () => {
    for (const id of platformIds) {
      const facts = platformFacts[id];
      const entries = Object.entries(facts).filter(([key]) => key !== 'name' && key !== 'notes') as [
        string,
        { source: { title: string; kind: string }; thirdParty?: true },
      ][];
      for (const [key, fact] of [...entries, ...facts.notes.map((n) => [n.value, n] as const)]) {
        expect(fact.source.title, `${id}.${key}`).not.toBe('');
        expect(fact.thirdParty === true, `${id}.${key} third-party flag`).toBe(fact.source.kind === 'third_party');
      }
    }
  });

  it('hold the figures of DOMAIN.md', () => {
    expect(platformFacts.whatsapp.maxMembers.value).toBe(1_024);
    expect(platformFacts.whatsapp.maxCallParticipants?.value).toBe(32);
    expect(platformFacts.telegram.maxMembers.value).toBe(200_000);
    expect(platformFacts.discord.maxMembers.value).toBe(250_000);
    expect(platformFacts.circle.priceFrom).toMatchObject({ value: 89, thirdParty: true, unverified: true });
    expect(platformFacts.skool.priceFrom?.value).toBe(9);
    expect(platformFacts.slack.historyDays?.value).toBe(90);
  });
});

describe('the platform section', () => {
  it('is complete once a platform is chosen, which the wizard then shows', () => {
    expect(isPlatformComplete(undefined)).toBe(false);
    expect(isPlatformComplete({ answers: { kind: 'support' } })).toBe(false);
    expect(isStepComplete('platform', { platform: { choice: 'whatsapp' } })).toBe(true);
    expect(isStepComplete('rituals', {})).toBe(false);
  });

  it('keeps answers within the offered values', () => {
    expect(platformSectionSchema.safeParse({ answers: { kind: 'support', apps: ['whatsapp'], hoursPerWeek: 2.5 }, choice: 'whatsapp' }).success).toBe(true);
    expect(platformSectionSchema.safeParse({ choice: 'myspace' }).success).toBe(false);
    expect(platformSectionSchema.safeParse({ answers: { hoursPerWeek: -1 } }).success).toBe(false);
  });
});
