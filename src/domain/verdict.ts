// Is the evidence strong enough to go on? The threshold is set before the test runs; a proportion
// from a small sample needs an interval, not just a percentage (Wilson score interval).

export interface Interval {
  rate: number;
  low: number;
  high: number;
}

/** Wilson score interval for successes out of total, 95% by default (z = 1.96). */
export function wilson(successes: number, total: number, z = 1.96): Interval {
  if (total <= 0) return { rate: 0, low: 0, high: 1 };
  const p = successes / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const margin = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { rate: p, low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}

export interface Threshold {
  /** The share of answers that must count as success, decided before the test (0–1). */
  targetRate: number;
  /** How many answers are needed before any verdict. */
  minResponses: number;
}

export type VerdictState = 'not_enough' | 'strong' | 'weak' | 'uncertain';

export interface Verdict extends Interval {
  state: VerdictState;
  successes: number;
  total: number;
  targetRate: number;
  minResponses: number;
}

/**
 * strong: even the low end of the interval reaches the target; weak: even the high end misses it;
 * uncertain: the target lies inside the interval (more answers will tell).
 */
export function verdict(successes: number, total: number, threshold: Threshold): Verdict {
  const interval = wilson(successes, total);
  const base = { ...interval, successes, total, targetRate: threshold.targetRate, minResponses: threshold.minResponses };
  if (total < threshold.minResponses) return { ...base, state: 'not_enough' };
  if (interval.low >= threshold.targetRate) return { ...base, state: 'strong' };
  if (interval.high < threshold.targetRate) return { ...base, state: 'weak' };
  return { ...base, state: 'uncertain' };
}

/** A survey's threshold as SQL reports it (survey_results, the coach's listing and plan). */
export interface ReportedThreshold {
  successes: number;
  total: number;
  target_rate: number;
  min_responses: number;
}

/** The verdict on a reported threshold; no threshold, no verdict. */
export function thresholdVerdict(threshold: ReportedThreshold | null | undefined): Verdict | null {
  return threshold ? verdict(threshold.successes, threshold.total, { targetRate: threshold.target_rate, minResponses: threshold.min_responses }) : null;
}

/** A test post instead of a survey: sign-ups are the evidence that counts; comments are opinions. */
export interface PostEvidence {
  reach: number;
  comments: number;
  directMessages: number;
  signups: number;
}

export function postVerdict(evidence: PostEvidence, threshold: Threshold): Verdict {
  return verdict(Math.min(evidence.signups, evidence.reach), evidence.reach, threshold);
}

/** A logged test post with its success rule: a share of the reach (0 to 1) and the reach needed first. */
export interface LoggedPost extends PostEvidence {
  targetRate: number;
  minReach: number;
}

export const postFields = ['reach', 'comments', 'directMessages', 'signups', 'targetRate', 'minReach'] as const;
export type PostField = (typeof postFields)[number];
/** A post's figures as typed; the target rate as a percentage. */
export type PostText = Record<PostField, string>;

/** What the form shows before anything is typed: nothing counted, 5 % of at least 100 people. */
export const emptyPostText: PostText = { reach: '', comments: '', directMessages: '', signups: '', targetRate: '5', minReach: '100' };

export function postText(saved: LoggedPost | undefined): PostText {
  if (!saved) return emptyPostText;
  const text = { ...emptyPostText };
  for (const key of postFields) text[key] = String(key === 'targetRate' ? Math.round(saved[key] * 1000) / 10 : saved[key]);
  return text;
}

/**
 * The post as typed, when every figure is valid: whole counts from 0 to 100 million, sign-ups no
 * more than the reach, a reach of at least 1 before a verdict, a target from above 0 to 100 %.
 */
export function parsePost(text: PostText): LoggedPost | null {
  const n = (key: PostField) => (text[key].trim() === '' ? NaN : Number(text[key]));
  const counts = { reach: n('reach'), comments: n('comments'), directMessages: n('directMessages'), signups: n('signups'), minReach: n('minReach') };
  const rate = n('targetRate');
  const valid =
    Object.values(counts).every((v) => Number.isInteger(v) && v >= 0 && v <= 100_000_000) &&
    counts.minReach >= 1 &&
    counts.signups <= counts.reach &&
    rate > 0 &&
    rate <= 100;
  return valid ? { ...counts, targetRate: rate / 100 } : null;
}
