// Ranks the platforms for one creator's answers. Each point comes with a reason in plain words
// (a message key), so the ranking explains itself; the facts it relies on come from
// platform-facts.ts. Hard limits (a group too small for the target, no plan within budget)
// take a platform out of the ranking instead of lowering its score.
import {
  budgetChoices,
  communityKinds,
  deviceChoices,
  liveChoices,
  memberApps,
  moneyChoices,
  platformIds,
  talkStyles,
  type PlatformId,
} from './platform-choices';
import { platformFacts, type Fact } from './platform-facts';

export { budgetChoices, communityKinds, deviceChoices, liveChoices, memberApps, moneyChoices, talkStyles };

export type CommunityKind = (typeof communityKinds)[number];
export type TalkStyle = (typeof talkStyles)[number];
export type LiveChoice = (typeof liveChoices)[number];
export type MoneyChoice = (typeof moneyChoices)[number];
export type DeviceChoice = (typeof deviceChoices)[number];
export type BudgetChoice = (typeof budgetChoices)[number];
export type MemberApp = (typeof memberApps)[number];

/**
 * "Low" budget: under this much a month, in the creator's currency. A platform's price (in
 * PRICE_CURRENCY) is compared at face value: the currencies offered are close enough to the dollar
 * for a band this coarse, and the message shows both amounts, each in its currency.
 */
export const LOW_BUDGET_MAX = 50;
/** Under this many hours a week, platforms that take long to set up lose points. */
export const LITTLE_TIME_HOURS = 3;

export interface PlatformAnswers {
  kind?: CommunityKind | null;
  talk?: TalkStyle | null;
  live?: LiveChoice | null;
  money?: MoneyChoice | null;
  courses?: boolean | null;
  devices?: DeviceChoice | null;
  apps?: MemberApp[];
  hoursPerWeek?: number | null;
  budget?: BudgetChoice | null;
}

export interface RecommenderInput extends PlatformAnswers {
  /** How big the community should become (the niche step's target size). */
  targetSize?: number | null;
}

export type ReasonKey =
  | 'article_tech'
  | 'article_expertise'
  | 'article_paid'
  | 'article_closeness'
  | 'workplace'
  | 'courses_levels'
  | 'kind_fit'
  | 'realtime_chat'
  | 'threads'
  | 'forum_channels'
  | 'topics'
  | 'channels'
  | 'feed'
  | 'announcements'
  | 'personal'
  | 'live_audio'
  | 'live_video'
  | 'huddles'
  | 'small_calls'
  | 'calls_too_small'
  | 'free_to_run'
  | 'paid_plans_only'
  | 'payments_ready'
  | 'payments_built_in'
  | 'subscriptions'
  | 'no_payments'
  | 'courses'
  | 'no_courses'
  | 'phone_first'
  | 'mobile_app'
  | 'computer_first'
  | 'computer_only'
  | 'members_there'
  | 'light_setup'
  | 'setup_time'
  | 'price_unknown'
  | 'small_group'
  | 'over_advised_size'
  | 'history_limit';

export interface Reason {
  key: ReasonKey;
  points: number;
  params?: Record<string, string | number>;
}

export type LimitKey = 'max_members' | 'no_free_plan' | 'over_budget';
export interface HardLimit {
  key: LimitKey;
  params: Record<string, string | number>;
  fact: Fact<unknown>;
}

export interface Recommendation {
  id: PlatformId;
  rank: number;
  /** 0 to 100; 50 when nothing speaks for or against. */
  score: number;
  /** The two or three strongest reasons for the rank. */
  reasons: Reason[];
  /** What speaks against it, at most two. */
  cautions: Reason[];
}

export interface Exclusion {
  id: PlatformId;
  limits: HardLimit[];
}

export interface RecommenderResult {
  ranked: Recommendation[];
  excluded: Exclusion[];
  /** How many of the questions were answered (the ranking firms up as it grows). */
  answered: number;
}

type Points = Partial<Record<PlatformId, [number, ReasonKey]>>;

const byKind: Record<CommunityKind, Points> = {
  tech_gaming: { discord: [25, 'article_tech'], slack: [5, 'kind_fit'], telegram: [5, 'kind_fit'] },
  expertise: { telegram: [25, 'article_expertise'], circle: [5, 'kind_fit'], skool: [5, 'kind_fit'], whatsapp: [5, 'kind_fit'] },
  learning: { skool: [15, 'courses_levels'], circle: [12, 'article_paid'], mighty: [12, 'article_paid'] },
  support: { whatsapp: [25, 'article_closeness'], telegram: [8, 'kind_fit'] },
  professional: { slack: [25, 'workplace'], circle: [8, 'kind_fit'], discord: [3, 'kind_fit'] },
  hobby: { discord: [8, 'kind_fit'], mighty: [8, 'kind_fit'], telegram: [5, 'kind_fit'], whatsapp: [5, 'kind_fit'] },
};

const byTalk: Record<TalkStyle, Points> = {
  chat: { discord: [12, 'realtime_chat'], slack: [10, 'realtime_chat'], telegram: [8, 'realtime_chat'], whatsapp: [8, 'realtime_chat'] },
  threads: { circle: [12, 'threads'], skool: [10, 'threads'], mighty: [8, 'threads'], discord: [6, 'forum_channels'], telegram: [3, 'topics'] },
  broadcast: { telegram: [12, 'channels'], mighty: [5, 'feed'], circle: [4, 'feed'], whatsapp: [4, 'announcements'] },
  personal: { whatsapp: [15, 'personal'], telegram: [6, 'personal'] },
};

const byLive: Record<LiveChoice, Points> = {
  none: {},
  audio: { discord: [8, 'live_audio'], telegram: [8, 'live_audio'], slack: [3, 'huddles'], whatsapp: [3, 'small_calls'] },
  video: { circle: [8, 'live_video'], skool: [6, 'live_video'], mighty: [6, 'live_video'], discord: [5, 'live_video'] },
};

const byMoney: Record<MoneyChoice, Points> = {
  free: {
    discord: [5, 'free_to_run'],
    telegram: [5, 'free_to_run'],
    whatsapp: [5, 'free_to_run'],
    slack: [5, 'free_to_run'],
    circle: [-5, 'paid_plans_only'],
    mighty: [-5, 'paid_plans_only'],
  },
  later: {
    circle: [5, 'payments_ready'],
    mighty: [5, 'payments_ready'],
    skool: [5, 'payments_ready'],
    discord: [3, 'payments_ready'],
    telegram: [3, 'payments_ready'],
    whatsapp: [-5, 'no_payments'],
    slack: [-5, 'no_payments'],
  },
  paid: {
    circle: [15, 'payments_built_in'],
    mighty: [15, 'payments_built_in'],
    skool: [15, 'payments_built_in'],
    discord: [6, 'subscriptions'],
    telegram: [6, 'subscriptions'],
    whatsapp: [-15, 'no_payments'],
    slack: [-15, 'no_payments'],
  },
};

const byDevices: Record<DeviceChoice, Points> = {
  phone: { whatsapp: [10, 'phone_first'], telegram: [10, 'phone_first'], mighty: [6, 'mobile_app'], discord: [2, 'phone_first'], slack: [-5, 'computer_only'] },
  computer: { slack: [8, 'computer_first'], discord: [6, 'computer_first'], circle: [6, 'computer_first'] },
  both: {},
};

/** Turns raw points into 0–100 without a ceiling that would tie the strongest matches. */
export function scoreOf(points: number): number {
  return Math.round(100 / (1 + Math.exp(-points / 25)));
}

export function countAnswers(input: RecommenderInput): number {
  const { kind, talk, live, money, courses, devices, apps, hoursPerWeek, budget, targetSize } = input;
  return [kind, talk, live, money, courses, devices, hoursPerWeek, budget, targetSize].filter((v) => v != null).length + (apps && apps.length > 0 ? 1 : 0);
}

export function recommendPlatforms(input: RecommenderInput): RecommenderResult {
  const contributions = Object.fromEntries(platformIds.map((id) => [id, [] as Reason[]])) as Record<PlatformId, Reason[]>;
  const add = (points: Points, params?: Reason['params']) => {
    for (const [id, [value, key]] of Object.entries(points) as [PlatformId, [number, ReasonKey]][]) {
      contributions[id].push({ key, points: value, ...(params ? { params } : {}) });
    }
  };
  const target = input.targetSize ?? null;

  if (input.kind) add(byKind[input.kind], { kind: input.kind });
  if (input.talk) add(byTalk[input.talk]);
  if (input.live) add(byLive[input.live]);
  if (input.money) add(byMoney[input.money]);
  if (input.devices) add(byDevices[input.devices]);
  for (const app of new Set(input.apps ?? [])) add({ [app]: [12, 'members_there'] });

  for (const id of platformIds) {
    const facts = platformFacts[id];
    const list = contributions[id];
    if (input.courses === true) list.push(facts.courses.value ? { key: 'courses', points: 12 } : { key: 'no_courses', points: -8 });
    if (input.live && input.live !== 'none' && facts.maxCallParticipants && target !== null && target > facts.maxCallParticipants.value) {
      list.push({ key: 'calls_too_small', points: -8, params: { max: facts.maxCallParticipants.value } });
    }
    if (input.hoursPerWeek != null && input.hoursPerWeek < LITTLE_TIME_HOURS) {
      if (id === 'whatsapp' || id === 'telegram') list.push({ key: 'light_setup', points: 5 });
      if (facts.courses.value && id !== 'skool') list.push({ key: 'setup_time', points: -5 });
    }
    if (input.budget === 'low' && !facts.freePlan.value && !facts.priceFrom) list.push({ key: 'price_unknown', points: -3 });
    if (facts.advisedMaxMembers && target !== null) {
      if (target > facts.advisedMaxMembers.value) list.push({ key: 'over_advised_size', points: -15, params: { advised: facts.advisedMaxMembers.value } });
      else list.push({ key: 'small_group', points: 5, params: { advised: facts.advisedMaxMembers.value } });
    }
    if (facts.historyDays) list.push({ key: 'history_limit', points: -4, params: { days: facts.historyDays.value } });
  }

  const excluded: Exclusion[] = [];
  const candidates: { id: PlatformId; points: number; reasons: Reason[] }[] = [];
  for (const id of platformIds) {
    const facts = platformFacts[id];
    const limits: HardLimit[] = [];
    if (target !== null && facts.maxMembers.value !== null && target > facts.maxMembers.value) {
      limits.push({ key: 'max_members', params: { limit: facts.maxMembers.value, size: target }, fact: facts.maxMembers });
    }
    if (input.budget === 'none' && !facts.freePlan.value) limits.push({ key: 'no_free_plan', params: {}, fact: facts.freePlan });
    if (input.budget === 'low' && facts.priceFrom && facts.priceFrom.value > LOW_BUDGET_MAX) {
      limits.push({ key: 'over_budget', params: { price: facts.priceFrom.value, budget: LOW_BUDGET_MAX }, fact: facts.priceFrom });
    }
    if (limits.length > 0) {
      excluded.push({ id, limits });
      continue;
    }
    const reasons = contributions[id];
    candidates.push({ id, points: reasons.reduce((sum, r) => sum + r.points, 0), reasons });
  }

  candidates.sort((a, b) => b.points - a.points || platformIds.indexOf(a.id) - platformIds.indexOf(b.id));
  const strongest = (reasons: Reason[], sign: 1 | -1, count: number) =>
    reasons
      .filter((r) => Math.sign(r.points) === sign)
      .sort((a, b) => sign * (b.points - a.points))
      .filter((r, i, all) => all.findIndex((other) => other.key === r.key) === i)
      .slice(0, count);

  return {
    ranked: candidates.map((c, index) => ({
      id: c.id,
      rank: index + 1,
      score: scoreOf(c.points),
      reasons: strongest(c.reasons, 1, 3),
      cautions: strongest(c.reasons, -1, 2),
    })),
    excluded,
    answered: countAnswers(input),
  };
}
