import { z } from 'zod';
import { isBlocked, lintNiche, NICHE_STATEMENT_MAX } from './niche-lint';

export { NICHE_STATEMENT_MAX };

export const planSteps = ['niche', 'survey', 'platform', 'rituals', 'launch', 'summary'] as const;
export type PlanStep = (typeof planSteps)[number];

/** Sections the creator fills in; the summary has no data of its own. */
export const sectionKeys = ['niche', 'survey', 'platform', 'rituals', 'launch'] as const;
export type SectionKey = (typeof sectionKeys)[number];

export const NICHE_ANSWER_MAX = 120;
export const WHY_TALK_MAX = 280;

// The same bounds are checked in SQL (app.check_plan_section).
const size = z.number().int().min(1).max(100_000).nullable();
export const nicheSectionSchema = z.object({
  statement: z.string().max(NICHE_STATEMENT_MAX).default(''),
  who: z.string().max(NICHE_ANSWER_MAX).optional(),
  what: z.string().max(NICHE_ANSWER_MAX).optional(),
  situation: z.string().max(NICHE_ANSWER_MAX).optional(),
  startSize: size.optional(),
  targetSize: size.optional(),
  whyTalk: z.string().max(WHY_TALK_MAX).optional(),
});
export type NicheSection = z.infer<typeof nicheSectionSchema>;

// Later steps extend these as they are built; unknown keys are kept so no data is lost.
export const sectionSchemas = {
  niche: nicheSectionSchema.loose(),
  survey: z.object({}).loose(),
  platform: z.object({}).loose(),
  rituals: z.object({}).loose(),
  launch: z.object({}).loose(),
} satisfies Record<SectionKey, z.ZodType>;

export type Sections = {
  niche?: NicheSection & Record<string, unknown>;
  survey?: Record<string, unknown>;
  platform?: Record<string, unknown>;
  rituals?: Record<string, unknown>;
  launch?: Record<string, unknown>;
};

export function isStepComplete(step: PlanStep, sections: Sections): boolean {
  switch (step) {
    case 'niche':
      return !isStepBlocked('niche', sections);
    case 'summary':
      return sectionKeys.every((key) => isStepComplete(key, sections));
    default:
      // Steps not built yet cannot be complete.
      return false;
  }
}

/** Whether "next" is held back: only blocking findings do that. */
export function isStepBlocked(step: PlanStep, sections: Sections): boolean {
  if (step === 'niche') return isBlocked(lintNiche(sections.niche?.statement ?? ''));
  return false;
}

export function stepIndex(step: PlanStep): number {
  return planSteps.indexOf(step);
}
