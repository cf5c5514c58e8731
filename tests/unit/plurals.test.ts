import { describe, expect, it } from 'vitest';
import type { MessageKey } from '@/i18n/en';
import { translate, type Locale, type Params } from '@/i18n/i18n';

// Each counted noun of the catalogues at 0, 1, 2 and 1,000, in both languages. French puts 0 and 1
// in the singular, and writes 1 000 with a narrow no-break space (as Intl does).
const nnbsp = '\u202f';
const cases: { key: MessageKey; count: string; other?: Params; en: [string, string]; fr: [string, string] }[] = [
  { key: 'survey.step.responses', count: 'count', en: ['response', 'responses'], fr: ['réponse', 'réponses'] },
  { key: 'survey.results.answered', count: 'count', en: ['answered', 'answered'], fr: ['réponse', 'réponses'] },
  { key: 'survey.builder.unsavedProblems', count: 'count', en: ['problem', 'problems'], fr: ['problème', 'problèmes'] },
  { key: 'launch.checkin.fixErrors', count: 'count', en: ['field', 'fields'], fr: ['champ', 'champs'] },
  { key: 'launch.ambassadors.mentioned', count: 'count', en: ['weekly note', 'weekly notes'], fr: ['note hebdomadaire', 'notes hebdomadaires'] },
  { key: 'summary.launch.engagement', count: 'count', other: { week: 'w', members: 1, active: 'a', between: 'b', hours: 1 }, en: ['weekly check-in', 'weekly check-ins'], fr: ['point hebdomadaire', 'points hebdomadaires'] },
  { key: 'summary.progress', count: 'done', other: { total: 6 }, en: ['of 6 steps', 'of 6 steps'], fr: ['étape terminée', 'étapes terminées'] },
  { key: 'coach.list.shown', count: 'total', other: { shown: 1 }, en: ['plan shown', 'plans shown'], fr: ['', ''] },
  { key: 'coach.list.shown', count: 'shown', other: { total: 5 }, en: ['of 5 plans', 'of 5 plans'], fr: ['plan affiché', 'plans affichés'] },
  { key: 'coach.list.steps', count: 'total', other: { done: 0 }, en: ['step complete', 'steps complete'], fr: ['', ''] },
  { key: 'coach.list.steps', count: 'done', other: { total: 5 }, en: ['of 5 steps', 'of 5 steps'], fr: ['étape terminée', 'étapes terminées'] },
  { key: 'coach.review.surveyDetails', count: 'count', en: ['question)', 'questions)'], fr: ['question)', 'questions)'] },
  { key: 'platform.answered', count: 'count', en: ['of 10 answers', 'of 10 answers'], fr: ['réponse sur 10', 'réponses sur 10'] },
  { key: 'platform.results.excludedCount', count: 'count', en: ['ruled out', 'ruled out'], fr: ['écartée par', 'écartées par'] },
  { key: 'rituals.list.count', count: 'count', other: { max: 50 }, en: ['of 50 rituals', 'of 50 rituals'], fr: ['rituel sur 50', 'rituels sur 50'] },
  { key: 'rituals.calendar.sessions', count: 'count', en: ['session', 'sessions'], fr: ['séance', 'séances'] },
  { key: 'rituals.export.done', count: 'count', other: { file: 'f.ics', sessions: 2 }, en: ['ritual,', 'rituals,'], fr: ['rituel,', 'rituels,'] },
  { key: 'rituals.export.done', count: 'sessions', other: { file: 'f.ics', count: 2 }, en: ['session.', 'sessions.'], fr: ['séance.', 'séances.'] },
  { key: 'niche.examples.words', count: 'count', en: ['word', 'words'], fr: ['mot', 'mots'] },
  { key: 'niche.wordCount', count: 'count', other: { max: 12 }, en: ['of 12 words', 'of 12 words'], fr: ['mot sur 12', 'mots sur 12'] },
];

const figure: Record<Locale, Record<number, string>> = {
  en: { 0: '0', 1: '1', 2: '2', 1000: '1,000' },
  fr: { 0: '0', 1: '1', 2: '2', 1000: `1${nnbsp}000` },
};
// French: 0 and 1 are singular; English: only 1.
const singular: Record<Locale, (n: number) => boolean> = { en: (n) => n === 1, fr: (n) => n < 2 };

describe.each(['en', 'fr'] as const)('counted nouns in %s', (locale) => {
  it.each(cases.map((c) => [`${c.key} (${c.count})`, c] as const))('%s at 0, 1, 2 and 1,000', (_name, c) => {
    for (const n of [0, 1, 2, 1000]) {
      const text = translate(locale, c.key, { ...c.other, [c.count]: n });
      const [one, other] = c[locale];
      expect(text, `${c.key} ${n}`).toContain(`${figure[locale][n]} ${singular[locale](n) ? one : other}`.trim());
      expect(text).not.toMatch(/\(s\)|\{|#/);
    }
  });
});

describe('no hand-made plural is left', () => {
  it('has no "(s)" in either catalogue', async () => {
    const { en } = await import('@/i18n/en');
    const { fr } = await import('@/i18n/fr');
    for (const text of [...Object.values(en), ...Object.values(fr)]) expect(text).not.toMatch(/\((s|e|es|x)\)/);
  });
});
