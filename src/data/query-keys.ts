// Every query key of the app, in one place. Each key of user data starts with ['user', userId]:
// after a switch of local profile (or of account) nothing cached for the previous person is
// shown, even for a moment, and `removeQueries({ queryKey: userKeys.all(old) })` forgets it all.
export const sessionKey = ['session'] as const;
export const localProfilesKey = ['local-profiles'] as const;

export const userKeys = {
  all: (userId: string) => ['user', userId] as const,
  profile: (userId: string) => ['user', userId, 'profile'] as const,
  plan: (userId: string) => ['user', userId, 'plan'] as const,
  checkins: (userId: string) => ['user', userId, 'checkins'] as const,
  surveys: (userId: string) => ['user', userId, 'surveys'] as const,
  mySurveys: (userId: string) => ['user', userId, 'surveys', 'mine'] as const,
  survey: (userId: string, surveyId: string) => ['user', userId, 'surveys', 'detail', surveyId] as const,
  surveyResults: (userId: string, surveyId: string) => ['user', userId, 'surveys', 'results', surveyId] as const,
  surveyVerdict: (userId: string, surveyId: string) => ['user', userId, 'surveys', 'verdict', surveyId] as const,
  /** A plan's learning cards and niche versions: the caller's own (planId null) or a coached plan's. */
  learning: (userId: string) => ['user', userId, 'learning'] as const,
  learningCards: (userId: string, planId: string | null) => ['user', userId, 'learning', 'cards', planId ?? 'mine'] as const,
  nicheVersions: (userId: string, planId: string | null) => ['user', userId, 'learning', 'niche-versions', planId ?? 'mine'] as const,
  review: (userId: string) => ['user', userId, 'review'] as const,
  myReview: (userId: string) => ['user', userId, 'review', 'mine'] as const,
  coachAccess: (userId: string) => ['user', userId, 'review', 'access'] as const,
  inbox: (userId: string) => ['user', userId, 'inbox'] as const,
  coach: (userId: string) => ['user', userId, 'coach'] as const,
  coachPlans: (userId: string) => ['user', userId, 'coach', 'plans'] as const,
  coachPlan: (userId: string, planId: string) => ['user', userId, 'coach', 'plan', planId] as const,
  coachSurveyResults: (userId: string, surveyId: string) => ['user', userId, 'coach', 'survey-results', surveyId] as const,
};
