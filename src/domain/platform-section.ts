import { z } from 'zod';
import { budgetChoices, communityKinds, deviceChoices, liveChoices, memberApps, moneyChoices, platformIds, talkStyles } from './platform-choices';

// The same bounds are checked in SQL (app.check_plan_section, branch 'platform').
export const PLATFORM_NOTE_MAX = 500;
export const HOURS_MAX = 80;
export const MAX_KEPT_REASONS = 5;

export const platformAnswersSchema = z.object({
  kind: z.enum(communityKinds).nullable().optional(),
  talk: z.enum(talkStyles).nullable().optional(),
  live: z.enum(liveChoices).nullable().optional(),
  money: z.enum(moneyChoices).nullable().optional(),
  courses: z.boolean().nullable().optional(),
  devices: z.enum(deviceChoices).nullable().optional(),
  apps: z.array(z.enum(memberApps)).max(memberApps.length).optional(),
  hoursPerWeek: z.number().min(0).max(HOURS_MAX).nullable().optional(),
  budget: z.enum(budgetChoices).nullable().optional(),
});

/** A reason kept with the choice: its message key and the figures it quotes. */
export const keptReasonSchema = z.object({
  key: z.string().regex(/^[a-z_]{1,40}$/),
  params: z.record(z.string().max(20), z.union([z.string().max(40), z.number()])).optional(),
});

export const platformSectionSchema = z.object({
  answers: platformAnswersSchema.optional(),
  choice: z.enum(platformIds).nullable().optional(),
  /** Why it was chosen, as the recommender said it when the creator chose. */
  reasons: z.array(keptReasonSchema).max(MAX_KEPT_REASONS).optional(),
  score: z.number().int().min(0).max(100).nullable().optional(),
  rank: z.number().int().min(1).max(platformIds.length).nullable().optional(),
  /** The creator's own words on the choice. */
  note: z.string().max(PLATFORM_NOTE_MAX).optional(),
});
export type PlatformSection = z.infer<typeof platformSectionSchema>;

export function isPlatformComplete(section: Partial<PlatformSection> | undefined): boolean {
  return !!section?.choice;
}
