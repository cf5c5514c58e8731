// Query keys of the review data, shared by the wizard, the summary's share panel and the coach
// pages. Each carries the user it was read for: after a switch of local profile (or of account),
// nothing cached for the previous one is shown, even for a moment.
export const reviewKeys = {
  all: ['plan-review'] as const,
  mine: (userId: string) => ['plan-review', userId, 'mine'] as const,
  access: (userId: string) => ['plan-review', userId, 'access'] as const,
  coach: ['coach'] as const,
  coachPlans: (userId: string) => ['coach', userId, 'plans'] as const,
  coachPlan: (userId: string, planId: string) => ['coach', userId, 'plan', planId] as const,
  coachSurveyResults: (userId: string, surveyId: string) => ['coach', userId, 'survey-results', surveyId] as const,
};
