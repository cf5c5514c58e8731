// The whole plan as one document, in the reader's language: the page renders it, the Markdown
// export writes it out. It reads whatever each section holds; a section not filled in says so.
import { latestWeekOverHours, suggestAmbassadors } from '@/domain/ambassadors';
import { dateParts, isIsoDate, type IsoDate } from '@/domain/calendar-date';
import { cellPlan, CELL_SIZE } from '@/domain/cells';
import { sortByWeek, weekMeasures, type Checkin } from '@/domain/engagement';
import { isRecurring, monthlyProjection, planCurrency } from '@/domain/monetization';
import { detectPitfalls, type Pitfall } from '@/domain/pitfalls';
import { isStepComplete, weeklyHours, type Sections } from '@/domain/plan';
import { platformFacts, platformIds, type PlatformId } from '@/domain/platform-facts';
import type { Block, DocSection, PlanDocument } from '@/domain/plan-markdown';
import { buildSchedule } from '@/domain/ritual-schedule';
import { runtimeTimeZone } from '@/domain/time-zone';
import { postVerdict, thresholdVerdict, type Verdict } from '@/domain/verdict';
import type { LearningCard, NicheVersion } from '@/domain/learning-card';
import { verdictStrength, type EvidenceStrength } from '@/domain/evidence';
import { nicheChangeText } from '@/components/survey/niche-change-text';
import { strengthText } from '@/components/survey/strength-text';
import { formatDate, formatInstant, formatMoney, formatMonth, formatNumber, formatPercent, weekdayNames } from '@/i18n/format';
import type { Locale, Params, Translate } from '@/i18n/i18n';

export type SurveyState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'error' }
  | { state: 'ready'; title: string; hypothesis: string; responses: number; verdict: Verdict | null; strength?: EvidenceStrength | null };

export interface SummaryInput {
  sections: Sections;
  /** null while they load (or when the database is not available). */
  checkins: readonly Checkin[] | null;
  survey: SurveyState;
  today: IsoDate;
  locale: Locale;
  t: Translate;
  /** A message of another step's catalogue, when it exists (those steps name their own keys). */
  optional: (key: string, params?: Params) => string | null;
}

export const summarySectionIds = ['niche', 'survey', 'platform', 'rituals', 'launch', 'money'] as const;
export type SummarySectionId = (typeof summarySectionIds)[number];

export const stepOfSection: Record<SummarySectionId, string> = {
  niche: '/plan/niche',
  survey: '/plan/survey',
  platform: '/plan/platform',
  rituals: '/plan/rituals',
  launch: '/plan/launch',
  money: '/plan/launch',
};

type State = 'complete' | 'partial' | 'empty';

const date = (iso: IsoDate, locale: Locale, style: 'medium' | 'long' = 'medium') => formatDate(iso, locale, style);
const number = (value: number, locale: Locale, digits = 1) => formatNumber(value, locale, digits);
const percent = (rate: number, locale: Locale) => formatPercent(rate, locale, 0);

export function buildSummaryDocument(input: SummaryInput): PlanDocument {
  const { sections, t, locale, today } = input;
  const statement = sections.niche?.statement?.trim() ?? '';
  const built: { id: SummarySectionId; state: State; blocks: Block[] }[] = [
    nicheSection(input),
    surveySection(input),
    platformSection(input),
    ritualsSection(input),
    launchSection(input),
    moneySection(input),
  ];
  return {
    title: t('summary.doc.title'),
    lead: [statement || t('summary.doc.noNiche'), t('summary.doc.prepared', { date: date(today, locale, 'long') })],
    sections: built.map(
      ({ id, state, blocks }): DocSection => ({
        id,
        heading: t(`summary.section.${id}`),
        complete: state === 'complete',
        status: t(`summary.status.${state}`),
        blocks: blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: t('summary.notFilled') }],
      }),
    ),
  };
}

function field(label: string, value: string | null | undefined): { label: string; value: string }[] {
  return value === null || value === undefined || value.trim() === '' ? [] : [{ label, value }];
}

function fields(items: { label: string; value: string }[][]): Block[] {
  const flat = items.flat();
  return flat.length > 0 ? [{ kind: 'fields', items: flat }] : [];
}

function nicheSection({ sections, t, locale }: SummaryInput) {
  const niche = sections.niche;
  const blocks: Block[] = [];
  if (niche?.statement?.trim()) blocks.push({ kind: 'paragraph', text: niche.statement.trim() });
  blocks.push(
    ...fields([
      field(t('summary.niche.who'), niche?.who),
      field(t('summary.niche.what'), niche?.what),
      field(t('summary.niche.situation'), niche?.situation),
      field(t('summary.niche.startSize'), niche?.startSize != null ? number(niche.startSize, locale) : null),
      field(t('summary.niche.targetSize'), niche?.targetSize != null ? number(niche.targetSize, locale) : null),
      field(t('summary.niche.whyTalk'), niche?.whyTalk),
    ]),
  );
  const state: State = isStepComplete('niche', sections) ? 'complete' : blocks.length > 0 ? 'partial' : 'empty';
  return { id: 'niche' as const, state, blocks };
}

function verdictBlocks(v: Verdict, t: Translate, locale: Locale): Block[] {
  const words = v.state === 'not_enough' ? t('survey.verdict.not_enough', { total: v.total, min: v.minResponses }) : t(`survey.verdict.${v.state}`);
  return [
    { kind: 'paragraph', text: t('summary.pair', { label: t('survey.verdict.title'), text: words }) },
    {
      kind: 'paragraph',
      text: t('survey.verdict.detail', {
        successes: v.successes,
        total: v.total,
        rate: percent(v.rate, locale),
        low: percent(v.low, locale),
        high: percent(v.high, locale),
        target: percent(v.targetRate, locale),
      }),
    },
  ];
}

/** A survey's verdict and what it rests on, or that no threshold gives one: the survey step and each learning card. */
function surveyVerdictBlocks(verdict: Verdict | null, strength: EvidenceStrength | null, t: Translate, locale: Locale): Block[] {
  if (!verdict) return [{ kind: 'paragraph', text: t('survey.verdict.noThreshold') }];
  const blocks = verdictBlocks(verdict, t, locale);
  if (strength) blocks.push({ kind: 'paragraph', text: t('summary.pair', { label: t('survey.evidence.label'), text: strengthText(strength, t) }) });
  return blocks;
}

function surveySection({ sections, survey, t, locale }: SummaryInput) {
  const section = sections.survey;
  const blocks: Block[] = [];
  if (section?.surveyId) {
    if (survey.state === 'ready') {
      blocks.push(
        ...fields([
          field(t('summary.survey.title'), survey.title),
          field(t('survey.verdict.hypothesis'), survey.hypothesis || null),
          field(t('summary.survey.responses'), number(survey.responses, locale)),
        ]),
      );
      blocks.push(...surveyVerdictBlocks(survey.verdict, survey.strength ?? null, t, locale));
    } else if (survey.state === 'loading') {
      blocks.push({ kind: 'paragraph', text: t('summary.survey.loading') });
    } else {
      blocks.push({ kind: 'paragraph', text: t('summary.survey.unavailable') });
    }
  }
  const post = section?.post;
  if (post && post.reach > 0) {
    blocks.push({ kind: 'paragraph', text: t('summary.survey.post') });
    blocks.push(
      ...fields([
        field(t('summary.survey.reach'), number(post.reach, locale)),
        field(t('summary.survey.signups'), number(post.signups, locale)),
        field(t('summary.survey.comments'), number(post.comments, locale)),
        field(t('summary.survey.dms'), number(post.directMessages, locale)),
      ]),
    );
    blocks.push(...verdictBlocks(postVerdict(post, { targetRate: post.targetRate, minResponses: post.minReach }), t, locale));
  }
  const state: State = isStepComplete('survey', sections) ? 'complete' : 'empty';
  return { id: 'survey' as const, state, blocks };
}

function platformSection({ sections, t, optional }: SummaryInput) {
  const platform = sections.platform;
  const blocks: Block[] = [];
  const choice = platform?.choice;
  if (choice && (platformIds as readonly string[]).includes(choice)) {
    blocks.push(...fields([field(t('summary.platform.choice'), platformFacts[choice as PlatformId].name)]));
  }
  const reasons = (platform?.reasons ?? []).map((r) => optional(`platform.reason.${r.key}`, r.params) ?? r.key.replaceAll('_', ' '));
  if (reasons.length > 0) {
    blocks.push({ kind: 'paragraph', text: t('summary.platform.reasons') });
    blocks.push({ kind: 'list', items: reasons });
  }
  if (platform?.note?.trim()) blocks.push(...fields([field(t('summary.platform.note'), platform.note.trim())]));
  const state: State = isStepComplete('platform', sections) ? 'complete' : blocks.length > 0 ? 'partial' : 'empty';
  return { id: 'platform' as const, state, blocks };
}

const weekdayDates: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 }; // 1 January 2024 was a Monday

function weekdayName(weekday: string, locale: Locale): string {
  const day = weekdayDates[weekday];
  return day ? (weekdayNames(locale, 'long')[day - 1] ?? '') : '';
}

function ritualsSection({ sections, t, locale, today }: SummaryInput) {
  const rituals = sections.rituals;
  const items = rituals?.items ?? [];
  const blocks: Block[] = [];
  const start = rituals?.startDate && isIsoDate(rituals.startDate) ? rituals.startDate : null;
  const zone = rituals?.timeZone ?? runtimeTimeZone();
  blocks.push(...fields([field(t('summary.rituals.start'), start ? date(start, locale, 'long') : null), field(t('summary.rituals.timeZone'), rituals?.timeZone)]));

  if (items.length > 0) {
    const schedule = start ? buildSchedule({ items, startDate: start, timeZone: zone }, { today }) : null;
    const cadence = (item: (typeof items)[number]) => {
      if (!item.weekday) return t('summary.rituals.noDay');
      const params = { weekday: weekdayName(item.weekday, locale), time: item.time, nth: item.nth != null ? t(`summary.nth.${item.nth}`) : '' };
      return t(`summary.rituals.${item.frequency}`, params);
    };
    blocks.push({
      kind: 'table',
      caption: t('summary.rituals.tableCaption'),
      headers: [t('summary.rituals.name'), t('summary.rituals.when'), t('summary.rituals.duration'), t('summary.rituals.sessions')],
      rows: items.map((item) => [
        item.name.trim() || t('summary.rituals.unnamed'),
        cadence(item),
        t('summary.rituals.minutes', { minutes: item.durationMinutes }),
        // A ritual the schedule cannot place yet (no name, no day) has no sessions to count.
        schedule && schedule.scheduled.some((r) => r.id === item.id) ? String(schedule.occurrences.filter((o) => o.ritualId === item.id).length) : '—',
      ]),
    });
    if (schedule && schedule.occurrences.length > 0) {
      const names = new Map(items.map((item) => [item.id, item.name.trim() || t('summary.rituals.unnamed')]));
      const byMonth = new Map<string, string[]>();
      for (const o of schedule.occurrences) {
        const parts = dateParts(o.date);
        const month = formatMonth(parts.year, parts.month, locale);
        const list = byMonth.get(month) ?? [];
        list.push(`${formatDate(o.date, locale, 'weekdayDay')} ${o.time} ${names.get(o.ritualId) ?? ''}`.trim());
        byMonth.set(month, list);
      }
      blocks.push({
        kind: 'table',
        caption: t('summary.rituals.calendarCaption'),
        headers: [t('summary.rituals.month'), t('summary.rituals.dates')],
        rows: [...byMonth.entries()].map(([month, list]) => [month, list.join(' · ')]),
      });
    } else if (!start) {
      blocks.push({ kind: 'note', text: t('summary.rituals.noStart') });
    }
  }
  const state: State = isStepComplete('rituals', sections) ? 'complete' : items.length > 0 || start ? 'partial' : 'empty';
  return { id: 'rituals' as const, state, blocks };
}

function pitfallSentence(p: Pitfall, t: Translate, locale: Locale): string {
  return t('summary.pair', { label: t(`launch.pitfall.${p.key}.title`), text: pitfallSeen(p, t, locale) });
}

function pitfallSeen(p: Pitfall, t: Translate, locale: Locale): string {
  const pct = (value: number) => formatPercent(value, locale, 0);
  switch (p.key) {
    case 'growth_race':
      return t('launch.pitfall.growth_race.seen', { growth: pct(p.growth), from: pct(p.activeFrom), to: pct(p.activeTo) });
    case 'burnout':
      return t(p.rising ? 'launch.pitfall.burnout.seenRising' : 'launch.pitfall.burnout.seenSteady', { hours: number(p.hours, locale), budget: number(p.budget, locale) });
    case 'guru':
      return t('launch.pitfall.guru.seen', { share: pct(p.share), count: p.conversations });
    case 'asking_before_giving':
      return t('launch.pitfall.asking_before_giving.seen', { paid: date(p.paidStart, locale), earliest: date(p.earliest, locale) });
    default:
      return t(`launch.pitfall.${p.key}.seen`);
  }
}

function effectiveTarget(sections: Sections): number | null {
  return sections.launch?.targetSize ?? sections.niche?.targetSize ?? null;
}

function launchSection({ sections, checkins, t, locale, today }: SummaryInput) {
  const launch = sections.launch ?? {};
  const target = effectiveTarget(sections);
  const hours = weeklyHours(sections);
  const blocks: Block[] = [
    ...fields([
      field(t('summary.launch.targetSize'), target != null ? number(target, locale) : null),
      field(t('summary.launch.activeRateTarget'), launch.activeRateTarget != null ? formatPercent(launch.activeRateTarget, locale) : null),
      field(t('summary.launch.hoursBudget'), hours != null ? t('summary.launch.hours', { hours: number(hours, locale) }) : null),
      field(t('summary.launch.bots'), typeof launch.usesBots === 'boolean' ? t(launch.usesBots ? 'launch.targets.bots.yes' : 'launch.targets.bots.no') : null),
    ]),
  ];

  const sorted = checkins ? sortByWeek(checkins) : [];
  const latest = sorted.at(-1);
  if (checkins === null) {
    blocks.push({ kind: 'note', text: t('summary.launch.checkinsLoading') });
  } else if (latest) {
    const m = weekMeasures(latest);
    const pct = (value: number | null) => (value === null ? '—' : formatPercent(value, locale));
    blocks.push({
      kind: 'paragraph',
      text: t('summary.launch.engagement', {
        count: sorted.length,
        week: date(latest.weekStart, locale),
        members: number(latest.members, locale),
        active: pct(m.activeRate),
        between: pct(m.memberToMemberShare),
        hours: number(latest.creatorHours, locale),
      }),
    });
  } else {
    blocks.push({ kind: 'note', text: t('summary.launch.noCheckins') });
  }

  if (checkins !== null) {
    const pitfalls = detectPitfalls({ checkins, launch, weeklyHours: hours, ritualsStart: sections.rituals?.startDate, today });
    blocks.push({ kind: 'paragraph', text: t('summary.launch.pitfalls') });
    blocks.push(pitfalls.length > 0 ? { kind: 'list', items: pitfalls.map((p) => pitfallSentence(p, t, locale)) } : { kind: 'note', text: t('launch.pitfalls.none') });

    const overBudget = latestWeekOverHours(checkins, hours);
    const candidates = suggestAmbassadors({ members: launch.members ?? [], checkins, overBudget, today });
    if (candidates.length > 0) {
      blocks.push({ kind: 'paragraph', text: t('summary.launch.ambassadors') });
      blocks.push({
        kind: 'list',
        items: candidates.map((c) => {
          const moment =
            c.moment.key === 'small_role_first'
              ? t('launch.ambassadors.moment.small_role_first', { date: date(c.moment.from, locale) })
              : t(`launch.ambassadors.moment.${c.moment.key}`);
          return t('summary.pair', { label: c.name, text: moment });
        }),
      });
    }
  }

  if (target != null) {
    const plan = cellPlan(target, launch.cellSize ?? CELL_SIZE.max);
    blocks.push({
      kind: 'paragraph',
      text: plan.split
        ? `${t('launch.scale.cells', { size: number(plan.targetSize, locale), groups: plan.groups, groupSize: number(plan.groupSize, locale) })} ${t('launch.scale.leaders', { leaders: plan.leaders })} ${t('launch.scale.vip', { vip: plan.vipCore })}`
        : t('launch.scale.oneGroup', { size: number(plan.targetSize, locale), threshold: number(500, locale) }),
    });
  }

  const complete = hours != null && typeof launch.usesBots === 'boolean' && target != null;
  const any = target != null || hours != null || typeof launch.usesBots === 'boolean' || sorted.length > 0;
  return { id: 'launch' as const, state: (complete ? 'complete' : any ? 'partial' : 'empty') as State, blocks };
}

function moneySection({ sections, checkins, t, locale }: SummaryInput) {
  const launch = sections.launch ?? {};
  const currency = planCurrency(sections);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const recurring = launch.offerType ? isRecurring(launch.offerType) : false;
  const blocks: Block[] = [
    ...fields([
      field(t('summary.money.offer'), launch.offerType ? t(`launch.offer.${launch.offerType}`) : null),
      field(
        recurring ? t('launch.money.priceMonthly') : t('launch.money.price'),
        launch.price != null ? money(launch.price) : null,
      ),
      field(t('summary.money.conversion'), launch.conversionRate != null ? formatPercent(launch.conversionRate, locale) : null),
      field(t('summary.money.paidStart'), launch.paidStartDate && isIsoDate(launch.paidStartDate) ? date(launch.paidStartDate, locale, 'long') : null),
    ]),
  ];
  const target = effectiveTarget(sections);
  const current = checkins ? (sortByWeek(checkins).at(-1)?.members ?? null) : null;
  const { price, conversionRate } = launch;
  const ready = price != null && price > 0 && conversionRate != null;
  if (ready) {
    const rows = [
      ...(current ? [[t('summary.money.today', { size: number(current, locale) }), current] as const] : []),
      ...(target && target !== current ? [[t('summary.money.atTarget', { size: number(target, locale) }), target] as const] : []),
    ];
    if (rows.length > 0) {
      blocks.push({
        kind: 'table',
        caption: t('summary.money.projection'),
        headers: [t('summary.money.size'), t('summary.money.buyers'), t('summary.money.revenue')],
        rows: rows.map(([label, size]) => {
          const p = monthlyProjection({ size, conversionRate, price });
          return [label, number(p.buyers, locale), t('launch.money.perMonth', { amount: money(p.revenue) })];
        }),
      });
      blocks.push({ kind: 'note', text: t('launch.money.projection.how') });
    }
  }
  const complete = isStepComplete('launch', sections) || (!!launch.offerType && ready);
  const any = blocks.length > 0;
  return { id: 'money' as const, state: (complete ? 'complete' : any ? 'partial' : 'empty') as State, blocks };
}

/**
 * "What the tests taught", for the Markdown export (the summary's page shows the same through
 * LearningHistory): each learning card, oldest first, with the verdict its figures gave, and the
 * niche's versions.
 */
export function learningSection(
  { cards, versions }: { cards: readonly LearningCard[]; versions: readonly NicheVersion[] },
  t: Translate,
  locale: Locale,
): DocSection {
  const blocks: Block[] = cards.flatMap((card): Block[] => {
    const verdict = thresholdVerdict(card.threshold);
    const niche = nicheChangeText(card, t);
    return [
      { kind: 'paragraph', text: `${t('learning.cards.card', { title: card.survey_title })} (${t('learning.writtenOn', { date: formatInstant(card.created_at, locale) })})` },
      ...fields([
        field(t('survey.verdict.hypothesis'), card.hypothesis || t('learning.noHypothesis')),
        field(t('learning.observed'), t('learning.responses', { count: card.responses })),
      ]),
      ...surveyVerdictBlocks(verdict, verdictStrength(verdict, card.evidence), t, locale),
      ...fields([
        field(t('learning.learned'), card.learned),
        field(t('learning.decision'), niche ? `${t(`learning.decision.${card.decision}`)}. ${niche}` : t(`learning.decision.${card.decision}`)),
      ]),
    ];
  });
  if (versions.length > 0) {
    blocks.push({ kind: 'paragraph', text: t('learning.versions.title') });
    blocks.push({
      kind: 'list',
      items: versions.map((v) => `${t('learning.versions.item', { version: v.version })}: ${v.statement}`),
    });
  }
  return {
    id: 'learning',
    heading: t('learning.cards.title'),
    complete: cards.length > 0,
    status: cards.length > 0 ? t('summary.learning.count', { count: cards.length }) : t('learning.cards.empty'),
    blocks,
  };
}
