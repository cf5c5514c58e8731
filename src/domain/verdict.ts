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

export function percent(rate: number, digits = 0): string {
  return `${(rate * 100).toFixed(digits)} %`;
}
