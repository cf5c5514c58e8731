// A first survey built from the niche: five to seven questions about past behaviour (what people
// did), not hypothetical intent (what they say they would do), in the survey's language. The
// words are the catalogues' (`survey.template.*`), read through `text` in the survey's language;
// the niche goes into a sentence as a quoted subject only when it is short enough to read well.
import { proposedEvidence } from './evidence';
import type { EvidenceLevel } from './survey';
import { countWords } from './word-count';

export type TemplateKind = 'single_choice' | 'multiple_choice' | 'scale' | 'short_text' | 'long_text' | 'email_optin';

export interface TemplateQuestion {
  kind: TemplateKind;
  prompt: string;
  required: boolean;
  options: { key: string; label: string }[];
  min: number | null;
  max: number | null;
  /** What an answer proves, read from the kind and the wording (./evidence.ts). */
  evidence: EvidenceLevel;
}

export interface SurveyTemplate {
  title: string;
  intro: string;
  questions: TemplateQuestion[];
  /** Suggested success rule: the share answering "yes" to the first question. */
  suggestedThreshold: { questionIndex: number; optionKeys: string[]; targetRate: number; minResponses: number };
}

const helpOptions = ['yes_paid', 'yes_free', 'no'] as const;
const placeOptions = ['online_group', 'social', 'friends', 'events', 'nowhere'] as const;
const paidOptions = ['this_year', 'before', 'never'] as const;

/** The template's texts, `survey.template.<key>` in the catalogues. */
export type TemplateTextKey =
  | 'title'
  | 'titleAlone'
  | 'intro'
  | 'help'
  | 'helpWith'
  | `help.${(typeof helpOptions)[number]}`
  | 'places'
  | 'placesWith'
  | `places.${(typeof placeOptions)[number]}`
  | 'pain'
  | 'lastTime'
  | 'paid'
  | `paid.${(typeof paidOptions)[number]}`
  | 'tool'
  | 'optin';

/** The catalogues' template texts in the survey's language. */
export type TemplateText = (key: TemplateTextKey, params?: Record<string, string>) => string;

/** At most this many words quoted inside a sentence; a longer niche names the survey, not the questions. */
export const QUOTED_SUBJECT_MAX_WORDS = 3;
const TITLE_MAX = 120;
const NAME_MAX = 80;

/** The first letter in upper case, as the language writes it ("élevage…" → "Élevage…"). */
export function capitalise(text: string, locale: 'fr' | 'en'): string {
  const [first = '', ...rest] = [...text];
  return first.toLocaleUpperCase(locale) + rest.join('');
}

const q = (kind: TemplateKind, prompt: string, options: { key: string; label: string }[] = [], extra: Partial<TemplateQuestion> = {}): Omit<TemplateQuestion, 'evidence'> => ({
  kind,
  prompt,
  required: kind !== 'email_optin' && kind !== 'short_text',
  options,
  min: null,
  max: null,
  ...extra,
});

export function surveyTemplate(niche: { statement: string; who?: string; what?: string }, locale: 'fr' | 'en', text: TemplateText): SurveyTemplate {
  const statement = niche.statement.trim();
  const subject = [niche.what?.trim() ?? '', statement].find((s) => s !== '' && countWords(s) <= QUOTED_SUBJECT_MAX_WORDS);
  const people = niche.who?.trim().slice(0, NAME_MAX);
  const named = statement || niche.what?.trim() || '';
  const options = <K extends string>(prefix: 'help' | 'places' | 'paid', keys: readonly K[]) =>
    keys.map((key) => ({ key, label: text(`${prefix}.${key}` as TemplateTextKey) }));
  return {
    title: (named ? text('title', { niche: capitalise(named, locale) }) : text('titleAlone')).slice(0, TITLE_MAX),
    intro: text('intro'),
    suggestedThreshold: { questionIndex: 0, optionKeys: ['yes_paid', 'yes_free'], targetRate: 0.4, minResponses: 30 },
    questions: [
      q('single_choice', subject ? text('helpWith', { topic: subject.slice(0, NAME_MAX) }) : text('help'), options('help', helpOptions)),
      q('multiple_choice', people ? text('placesWith', { people }) : text('places'), options('places', placeOptions)),
      q('scale', text('pain'), [], { min: 1, max: 5 }),
      q('long_text', text('lastTime')),
      q('single_choice', text('paid'), options('paid', paidOptions)),
      q('short_text', text('tool')),
      q('email_optin', text('optin')),
    ].map((question) => ({ ...question, evidence: proposedEvidence(question, locale) })),
  };
}
