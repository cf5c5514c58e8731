import { z } from 'zod';

export const planSteps = ['niche', 'survey', 'platform', 'rituals', 'launch', 'summary'] as const;
export type PlanStep = (typeof planSteps)[number];

/** Sections the creator fills in; the summary has no data of its own. */
export const sectionKeys = ['niche', 'survey', 'platform', 'rituals', 'launch'] as const;
export type SectionKey = (typeof sectionKeys)[number];

export const NICHE_STATEMENT_MAX = 200;

export const nicheSectionSchema = z.object({
  statement: z.string().max(NICHE_STATEMENT_MAX).default(''),
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
      return (sections.niche?.statement ?? '').trim().length > 0;
    case 'summary':
      return sectionKeys.every((key) => isStepComplete(key, sections));
    default:
      // Steps not built yet cannot be complete.
      return false;
  }
}

export function stepIndex(step: PlanStep): number {
  return planSteps.indexOf(step);
}
