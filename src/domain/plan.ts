import { z } from 'zod';
import { isBlocked, lintNiche, NICHE_STATEMENT_MAX } from './niche-lint';
import { isPlatformComplete, platformSectionSchema, type PlatformSection } from './platform-section';
import { isRitualsComplete, ritualsSectionSchema, type RitualsSection } from './ritual-section';

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
  survey: z
    .object({
      /** The survey whose verdict the plan relies on. */
      surveyId: z.uuid().optional(),
      /** Evidence from a test post, for a creator who did not run a survey. */
      post: z
        .object({
          reach: z.number().int().min(0).max(100_000_000),
          comments: z.number().int().min(0).max(100_000_000),
          directMessages: z.number().int().min(0).max(100_000_000),
          signups: z.number().int().min(0).max(100_000_000),
          targetRate: z.number().min(0.001).max(1),
          minReach: z.number().int().min(1).max(100_000_000),
        })
        .optional(),
    })
    .loose(),
  platform: platformSectionSchema.loose(),
  rituals: ritualsSectionSchema.loose(),
  // Step 5 (src/domain/engagement.ts, monetization.ts, ambassadors.ts, cells.ts read it); the
  // same bounds in SQL: app.check_launch_section. Check-ins are rows of their own, not here.
  launch: z
    .object({
      offerType: z.enum(['programme', 'course', 'subscription', 'paid_group']).nullable().optional(),
      /** Per sale, or per month for a subscription or a paid group. */
      price: z.number().min(0).max(100_000).nullable().optional(),
      currency: z.enum(['EUR', 'USD', 'GBP', 'CAD', 'CHF']).optional(),
      /** Share of the community expected to buy each month (0–1). */
      conversionRate: z.number().min(0).max(1).nullable().optional(),
      /**
       * Plans saved before the hours were asked once (issue 15) kept them here too; read through
       * weeklyHours(), never written any more.
       */
      hoursBudget: z.number().min(0).max(80).nullable().optional(),
      usesBots: z.boolean().nullable().optional(),
      paidStartDate: z.iso.date().nullable().optional(),
      targetSize: z.number().int().min(1).max(100_000).nullable().optional(),
      activeRateTarget: z.number().min(0).max(1).nullable().optional(),
      cellSize: z.number().int().min(150).max(500).nullable().optional(),
      members: z
        .array(
          z.object({
            id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
            name: z.string().max(80),
            level: z.enum(['exploring', 'participating', 'contributing', 'leading']),
          }),
        )
        .max(150)
        .refine((list) => new Set(list.map((m) => m.id)).size === list.length, 'member ids are unique')
        .optional(),
    })
    .loose(),
} satisfies Record<SectionKey, z.ZodType>;

export type Sections = {
  niche?: NicheSection & Record<string, unknown>;
  survey?: z.infer<(typeof sectionSchemas)['survey']>;
  platform?: PlatformSection & Record<string, unknown>;
  rituals?: RitualsSection & Record<string, unknown>;
  launch?: z.infer<(typeof sectionSchemas)['launch']>;
};

/**
 * The hours a week the creator can give: asked once, in the platform step's questionnaire (the
 * first step that weighs it), and measured against by the rituals' load, the launch budget and
 * the burnout alert. Once the platform step has the answer (a number, or cleared), it is the
 * answer; until then, an older plan's launch budget still counts.
 */
export function weeklyHours(sections: Pick<Sections, 'platform' | 'launch'>): number | null {
  const asked = sections.platform?.answers?.hoursPerWeek;
  return asked !== undefined ? asked : (sections.launch?.hoursBudget ?? null);
}

/**
 * What completes the Launch step: its money plan and the creator's own limits. Check-ins are
 * measured, not required.
 */
export const launchRequirements = ['offer', 'price', 'conversion', 'weeklyHours', 'usesBots'] as const;
export type LaunchRequirement = (typeof launchRequirements)[number];

/** What the Launch step still lacks, in the order the page asks for it. */
export function launchMissing(sections: Pick<Sections, 'platform' | 'launch'>): LaunchRequirement[] {
  const launch = sections.launch;
  return launchRequirements.filter((requirement) => {
    switch (requirement) {
      case 'offer':
        return !launch?.offerType;
      case 'price':
        return !((launch?.price ?? 0) > 0);
      case 'conversion':
        return launch?.conversionRate == null;
      case 'weeklyHours':
        return weeklyHours(sections) == null;
      case 'usesBots':
        return typeof launch?.usesBots !== 'boolean';
    }
  });
}

/** The wizard's steps that are complete: the one count the summary, the coach's list and the steps show. */
export function completedSteps(sections: Sections): SectionKey[] {
  return sectionKeys.filter((key) => isStepComplete(key, sections));
}

export function isStepComplete(step: PlanStep, sections: Sections): boolean {
  switch (step) {
    case 'niche':
      return !isStepBlocked('niche', sections);
    case 'platform':
      return isPlatformComplete(sections.platform);
    case 'rituals':
      return isRitualsComplete(sections.rituals);
    case 'survey':
      return !!sections.survey?.surveyId || (sections.survey?.post?.reach ?? 0) > 0;
    case 'launch':
      return launchMissing(sections).length === 0;
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
