// What the recommender knows about each platform, one fact at a time, each with where it comes
// from. Figures from third-party pages are marked `thirdParty`; those not checked against the
// vendor are also `unverified`. The article's own advice has `source.kind: 'article'`.
// Edit the facts here, never in the scoring code: it reads them from this file.
// `source.title` is a citation (a page's or a publication's name), shown as it is in both
// languages; the words around it (what kind of page, whether it was checked) are `source.about`,
// said by the catalogues (`platform.sourceAbout.*`), as is what a fact means (`platform.fact.*`,
// `platform.note.*`).

import type { Currency } from './monetization';
import type { PlatformId } from './platform-choices';

/** The platforms' prices stay in the currency their sources state: none is converted. */
export const PRICE_CURRENCY: Currency = 'USD';

export { platformIds, type PlatformId } from './platform-choices';

/** The words around a source's title, in the reader's language: `platform.sourceAbout.<key>`. */
export type SourceAbout = 'article' | 'developer_docs' | 'pricing_review_unchecked' | 'pricing_page' | 'pricing_page_unchecked' | 'pricing_free_plan' | 'whatsapp_communities_news';

export interface Source {
  kind: 'vendor' | 'third_party' | 'article';
  /** The name as published, in its own language. */
  title: string;
  about?: SourceAbout;
  url?: string;
}

export interface Fact<T> {
  value: T;
  source: Source;
  thirdParty?: true;
  unverified?: true;
}

/** A fact that has no single figure: its text lives in the catalogues under `platform.note.<key>`. */
export type NoteKey =
  | 'discord_structure'
  | 'discord_subscriptions'
  | 'telegram_groups'
  | 'telegram_stars'
  | 'circle_fees'
  | 'mighty_plans'
  | 'whatsapp_communities'
  | 'whatsapp_business'
  | 'skool_levels'
  | 'skool_fees'
  | 'slack_history';

export interface PlatformFacts {
  name: string;
  /** Most members one group or server can hold; null when no limit is stated. */
  maxMembers: Fact<number | null>;
  /** The size the article's author advises at most (WhatsApp groups of about 50). */
  advisedMaxMembers?: Fact<number>;
  liveSessions: Fact<boolean>;
  /** Most people in one live call, when limited. */
  maxCallParticipants?: Fact<number>;
  events: Fact<boolean>;
  courses: Fact<boolean>;
  builtInPayments: Fact<boolean>;
  freePlan: Fact<boolean>;
  /** The cheapest paid plan, in US dollars a month, when known. */
  /** A month's price, in PRICE_CURRENCY. */
  priceFrom?: Fact<number>;
  /** Days of history the free plan shows. */
  historyDays?: Fact<number>;
  notes: Fact<NoteKey>[];
}

const article: Source = { kind: 'article', title: '« Micro-communautés »', about: 'article' };
const discordHelp: Source = { kind: 'vendor', title: 'Discord Help Center', url: 'https://support.discord.com/hc/en-us' };
const discordLimits: Source = { kind: 'third_party', title: 'Discordia wiki, “Server limits”', url: 'https://www.discordia.me/en/server-limits' };
const discordEvents: Source = {
  kind: 'vendor',
  title: '“Guild Scheduled Event”',
  about: 'developer_docs',
  url: 'https://discord.com/developers/docs/resources/guild-scheduled-event',
};
const telegramFaq: Source = { kind: 'vendor', title: 'Telegram FAQ', url: 'https://telegram.org/faq' };
const telegramPayments: Source = { kind: 'vendor', title: 'Telegram Bot API, “Payments”', url: 'https://core.telegram.org/bots/payments' };
const circleSite: Source = { kind: 'vendor', title: 'circle.so', url: 'https://circle.so' };
const circleReview: Source = {
  kind: 'third_party',
  title: 'circle.so/pricing',
  about: 'pricing_review_unchecked',
  url: 'https://circle.so/pricing',
};
const mightySite: Source = { kind: 'vendor', title: 'mightynetworks.com', url: 'https://www.mightynetworks.com' };
const mightyPricing: Source = { kind: 'third_party', title: 'Mighty Networks', about: 'pricing_page_unchecked', url: 'https://www.mightynetworks.com/pricing' };
const whatsappLaunch: Source = {
  kind: 'third_party',
  title: 'The Indian Express',
  about: 'whatsapp_communities_news',
  url: 'https://indianexpress.com/article/technology/tech-news-technology/whatsapp-starts-global-roll-out-of-communities-feature-groups-can-now-support-1024-users-8246470/',
};
const whatsappHelp: Source = { kind: 'vendor', title: 'WhatsApp Help Center', url: 'https://faq.whatsapp.com' };
const whatsappBusiness: Source = { kind: 'vendor', title: 'WhatsApp Business', url: 'https://business.whatsapp.com' };
const skoolPricing: Source = { kind: 'vendor', title: 'Skool', about: 'pricing_page', url: 'https://www.skool.com/pricing' };
const skoolSite: Source = { kind: 'vendor', title: 'skool.com', url: 'https://www.skool.com' };
const slackPricing: Source = { kind: 'vendor', title: 'Slack', about: 'pricing_free_plan', url: 'https://slack.com/pricing' };
const slackHelp: Source = { kind: 'vendor', title: 'Slack Help Center', url: 'https://slack.com/help' };

export const platformFacts: Record<PlatformId, PlatformFacts> = {
  discord: {
    name: 'Discord',
    maxMembers: { value: 250_000, source: discordLimits, thirdParty: true },
    liveSessions: { value: true, source: discordHelp },
    events: { value: true, source: discordEvents },
    courses: { value: false, source: discordHelp },
    builtInPayments: { value: true, source: discordHelp },
    freePlan: { value: true, source: discordHelp },
    notes: [
      { value: 'discord_structure', source: discordLimits, thirdParty: true },
      { value: 'discord_subscriptions', source: discordHelp },
    ],
  },
  telegram: {
    name: 'Telegram',
    maxMembers: { value: 200_000, source: telegramFaq },
    liveSessions: { value: true, source: telegramFaq },
    events: { value: false, source: telegramFaq },
    courses: { value: false, source: telegramFaq },
    builtInPayments: { value: true, source: telegramPayments },
    freePlan: { value: true, source: telegramFaq },
    notes: [
      { value: 'telegram_groups', source: telegramFaq },
      { value: 'telegram_stars', source: telegramPayments },
    ],
  },
  circle: {
    name: 'Circle',
    maxMembers: { value: null, source: circleSite },
    liveSessions: { value: true, source: circleSite },
    events: { value: true, source: circleSite },
    courses: { value: true, source: circleSite },
    builtInPayments: { value: true, source: circleSite },
    freePlan: { value: false, source: circleReview, thirdParty: true, unverified: true },
    priceFrom: { value: 89, source: circleReview, thirdParty: true, unverified: true },
    notes: [{ value: 'circle_fees', source: circleReview, thirdParty: true, unverified: true }],
  },
  mighty: {
    name: 'Mighty Networks',
    maxMembers: { value: null, source: mightySite },
    liveSessions: { value: true, source: mightySite },
    events: { value: true, source: mightySite },
    courses: { value: true, source: mightySite },
    builtInPayments: { value: true, source: mightySite },
    freePlan: { value: false, source: mightyPricing, thirdParty: true, unverified: true },
    notes: [{ value: 'mighty_plans', source: mightySite }],
  },
  whatsapp: {
    name: 'WhatsApp Business',
    maxMembers: { value: 1_024, source: whatsappLaunch, thirdParty: true },
    advisedMaxMembers: { value: 50, source: article },
    liveSessions: { value: true, source: whatsappLaunch, thirdParty: true },
    maxCallParticipants: { value: 32, source: whatsappLaunch, thirdParty: true },
    events: { value: false, source: whatsappHelp },
    courses: { value: false, source: whatsappHelp },
    builtInPayments: { value: false, source: whatsappBusiness },
    freePlan: { value: true, source: whatsappBusiness },
    notes: [
      { value: 'whatsapp_communities', source: whatsappHelp },
      { value: 'whatsapp_business', source: whatsappBusiness },
    ],
  },
  skool: {
    name: 'Skool',
    maxMembers: { value: null, source: skoolPricing },
    liveSessions: { value: true, source: skoolSite },
    events: { value: true, source: skoolSite },
    courses: { value: true, source: skoolSite },
    builtInPayments: { value: true, source: skoolPricing },
    freePlan: { value: false, source: skoolPricing },
    priceFrom: { value: 9, source: skoolPricing },
    notes: [
      { value: 'skool_levels', source: skoolSite },
      { value: 'skool_fees', source: skoolPricing },
    ],
  },
  slack: {
    name: 'Slack',
    maxMembers: { value: null, source: slackPricing },
    liveSessions: { value: true, source: slackHelp },
    events: { value: false, source: slackHelp },
    courses: { value: false, source: slackHelp },
    builtInPayments: { value: false, source: slackPricing },
    freePlan: { value: true, source: slackPricing },
    historyDays: { value: 90, source: slackPricing },
    notes: [{ value: 'slack_history', source: slackPricing }],
  },
};
