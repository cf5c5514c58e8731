// The values a platform answer or choice can take: small, so that the plan's schemas (loaded
// with the wizard) do not pull in the facts file or the recommender.

export const platformIds = ['discord', 'telegram', 'circle', 'mighty', 'whatsapp', 'skool', 'slack'] as const;
export type PlatformId = (typeof platformIds)[number];

export const communityKinds = ['tech_gaming', 'expertise', 'learning', 'support', 'professional', 'hobby'] as const;
export const talkStyles = ['chat', 'threads', 'broadcast', 'personal'] as const;
export const liveChoices = ['none', 'audio', 'video'] as const;
export const moneyChoices = ['free', 'later', 'paid'] as const;
export const deviceChoices = ['phone', 'computer', 'both'] as const;
export const budgetChoices = ['none', 'low', 'high'] as const;
/** Apps members may already use every day, among the platforms. */
export const memberApps = ['discord', 'telegram', 'whatsapp', 'slack'] as const satisfies readonly PlatformId[];
