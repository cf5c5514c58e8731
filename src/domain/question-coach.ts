// The question coach: reads a survey question as a careful researcher would and says what makes its
// answers weak evidence. People are poor judges of what they would do, kind to whoever asks, and
// answer the easiest half of a double question; what they did recently is the evidence that holds.
// Pure and offline: patterns in French and English, checked against a table of questions in each
// language (tests/unit/question-coach.test.ts).
import { SURVEY_LIMITS } from './survey';

export type QuestionRule =
  /** Asks what people would do ("Would you join…?"): intentions, not behaviour. */
  | 'hypothetical'
  /** Suggests the expected answer ("Don't you think…?"). */
  | 'leading'
  /** Asks for a taste or a belief ("Do you like…?") where evidence is wanted. */
  | 'opinion'
  /** Two questions in one: which half does the answer answer? */
  | 'double'
  /** Sells the product instead of asking about the person's life. */
  | 'pitch';

export interface QuestionFinding {
  rule: QuestionRule;
  /** The words that gave it away, as written. */
  match: string;
  /** The question rewritten, in its own language, when a rewrite can be made mechanically. */
  rewrite?: string;
}

export type CoachLocale = 'fr' | 'en';

/** The order findings are listed in: the rule that weakens evidence most first. */
export const questionRules: readonly QuestionRule[] = ['pitch', 'leading', 'hypothetical', 'double', 'opinion'];

// Apostrophes and hyphens as people type them: ' or ’, - or a space ("seriez vous").
const A = "['’]";
const H = '[-‐\\s]';

interface Pattern {
  re: RegExp;
  /** Not a finding when this also matches (a polite request: "Could you tell us about…"). */
  unless?: RegExp;
}

const en: Record<QuestionRule, Pattern[]> = {
  hypothetical: [
    {
      re: /\b(would|will|could|might|should) (you|your \w+|people|members)\b/i,
      unless: /\b(could|would|will) you (please )?(tell|describe|share|explain|walk|give|list|name|say)\b/i,
    },
    { re: /\b(are|were) you (willing|ready|likely|planning|going) to\b/i },
    { re: /\b(what|which|who|how|where|when|why) would\b/i },
    { re: /\bwould (it|this|that|a|an|the|such)\b( [\w-]+){0,3} (be|help|make|work|change)\b/i },
    { re: /\bhow likely\b/i },
    { re: /\b(do|did) you (plan|intend|expect) to\b/i },
    { re: /^\s*(if|imagine|suppose|assuming)\b/i },
    { re: /\bif (there|we|i) (was|were|had|offered|created|launched|made)\b/i },
    { re: /\bin the future\b/i },
    { re: /\b(wouldn|won)['’]t you\b/i, unless: /\b(wouldn|won)['’]t you agree\b/i },
  ],
  leading: [
    { re: /\b(don['’]t|do not|wouldn['’]t|would not|won['’]t|aren['’]t|isn['’]t|doesn['’]t|didn['’]t) (you|it|this|that|they)\b/i },
    { re: /\b(agree|admit) that\b/i },
    { re: /\b(surely|obviously|clearly|of course)\b/i },
    { re: /\bhow (much|great|amazing|useful|helpful|important) (do you love|would it be|is it)\b/i },
    { re: /,\s*(right|isn['’]t it|don['’]t you)\s*\?\s*$/i },
  ],
  opinion: [
    { re: /\bdo you (like|love|enjoy|think|believe|feel|find|prefer|agree)\b/i },
    { re: /\b(what|how) do you (think|feel)\b/i },
    { re: /\b(is|would) (it|this|that) (be )?a good idea\b/i },
    { re: /\b(your|an) opinion\b/i },
    { re: /\bhow (interesting|appealing|attractive|exciting)\b/i },
  ],
  double: [
    { re: /\?[^?]+\?/ },
    {
      re: /\b(and|or|but)( then)? (do|did|does|would|will|are|were|is|was|have|has|can|could|should|how|what|why|where|when|which|who)\b/i,
      // "… or not?", "and/or" listings of answers are not second questions.
      unless: /\b(or not|and\/or)\b/i,
    },
  ],
  pitch: [
    { re: /\b(our|my) (new |upcoming |future )?(community|course|product|app|programme|program|platform|service|membership|offer|group|club|coaching|tool|solution)\b/i },
    { re: /\b(revolutionary|game[- ]changing|unique|amazing|incredible|exclusive|innovative|best[- ]in[- ]class|cutting[- ]edge|life[- ]changing|the best)\b/i },
    { re: /\b(we|i) (am|are|['’]m|['’]re) (launching|building|creating|starting|opening)\b/i },
    { re: /\b(introducing|sign up now|limited spots|join now)\b/i },
  ],
};

const fr: Record<QuestionRule, Pattern[]> = {
  hypothetical: [
    {
      re: new RegExp(`\\b\\p{L}+(?:eriez|iriez|riez|rais|rait|rions|raient)${H}(?:vous|tu|ils|elles|on)\\b`, 'iu'),
      unless: new RegExp(`\\b(?:pourriez|voudriez|sauriez)${H}vous\\s+(?:nous\\s+|me\\s+)?(?:raconter|d[ée]crire|dire|expliquer|partager|citer|indiquer|donner|lister|nommer)\\b`, 'iu'),
    },
    { re: /\b(?:est-ce que|si) (?:vous|tu|on) (?:\p{L}+)(?:eriez|iriez|riez|rais|rait)\b/iu },
    { re: /\bvous (?:\p{L}+)(?:eriez|iriez|riez)\b/iu },
    { re: new RegExp(`\\b(?:allez|comptez|envisagez|pr[ée]voyez|pensez)${H}vous\\s+(?:(?:vous|nous|le|la|les|y|en|me|te|se|l${A})\\s*)?\\p{L}+(?:er|ir|re)\\b`, 'iu') },
    { re: /\bsi (?:une?|des|cette|ce|notre|ma|mon|nous|je) .{0,60}\b(?:existait|existaient|[ée]tait|proposait|proposions|lancions|cr[ée]ait|ouvrait)\b/iu },
    { re: /^\s*(?:imaginez|imagine|supposons|si)\b/iu },
    { re: /\b(?:à l['’]avenir|dans le futur|un jour prochain)\b/iu },
    { re: /\bprêt(?:e|·e|\.e|\(e\))?s? à\b/iu },
  ],
  leading: [
    { re: new RegExp(`\\bne\\s+(?:\\p{L}+)${H}(?:vous|tu)\\s+pas\\b`, 'iu') },
    { re: new RegExp(`\\bn${A}(?:\\p{L}+)${H}(?:vous|tu|il|elle)\\s+pas\\b`, 'iu') },
    { re: new RegExp(`\\bn${A}est${H}ce pas\\b`, 'iu') },
    { re: new RegExp(`\\b(?:vous [êe]tes|tu es|[êe]tes${H}vous) d${A}accord\\b`, 'iu') },
    { re: /\b(?:évidemment|evidemment|bien sûr|bien sur|forcément|forcement|sans aucun doute|clairement)\b/iu },
    { re: /\bà quel point (?:adorez|aimeriez|aimez)\b/iu },
  ],
  opinion: [
    { re: new RegExp(`\\b(?:aimez|adorez|appr[ée]ciez|pensez|croyez|trouvez|pr[ée]f[ée]rez)${H}vous\\b`, 'iu'), unless: new RegExp(`\\bpensez${H}vous\\s+\\p{L}+(?:er|ir|re)\\b`, 'iu') },
    { re: /\best-ce que (?:vous|tu) (?:aimez|aimes|adorez|appréciez|appreciez|pensez|penses|croyez|trouvez|préférez|preferez)\b/iu },
    { re: /\bque (?:pensez|penses|dites|penseriez|diriez)[- ](?:vous|tu)\b/iu },
    { re: /\b(?:votre|ton) avis\b/iu },
    { re: /\b(?:une|la) bonne idée\b/iu },
    { re: /\b(?:ça|cela) vous (?:plaît|plait|intéresse|interesse|tente|parle)\b/iu },
  ],
  double: [
    { re: /\?[^?]+\?/ },
    {
      // "ou" joins two answers as often as two questions ("quel outil ou quelle ressource"): only a second verb counts.
      re: new RegExp(
        `\\b(?:(?:et|mais)(?: aussi)?\\s+(?:comment|combien|pourquoi|quand|quel|quelle|quels|quelles|qu${A}|que\\s+(?:faites|pensez))|(?:et|ou|mais)(?: aussi)?\\s+(?:est${H}ce|avez${H}vous|êtes${H}vous|etes${H}vous|seriez${H}vous|pourriez${H}vous|voudriez${H}vous|aimeriez${H}vous|faites${H}vous|utilisez${H}vous))`,
        'iu',
      ),
      unless: /\bou non\b/iu,
    },
  ],
  pitch: [
    { re: /\b(?:notre|ma|mon|nos|mes) (?:nouvelle?s? |future?s? |prochaine?s? )?(?:communauté|communaute|formation|produit|application|appli|programme|plateforme|service|offre|groupe|club|coaching|outil|solution|abonnement)\b/iu },
    { re: /\b(?:révolutionnaire|revolutionnaire|unique|incroyable|exceptionnel(?:le)?|exclusi(?:f|ve)|innovant(?:e)?|le meilleur|la meilleure|géniale?|geniale?)\b/iu },
    { re: /\b(?:nous lançons|je lance|nous créons|je crée|nous ouvrons|j['’]ouvre)\b/iu },
    { re: /\b(?:inscrivez-vous dès maintenant|places limitées|rejoignez-nous)\b/iu },
  ],
};

// JavaScript's \\b knows only ASCII letters: "communauté" would end nowhere, "À l'avenir" start nowhere.
const boundary = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';
const unicodeWords = (re: RegExp) => new RegExp(re.source.replaceAll('\\b', boundary), re.flags.includes('u') ? re.flags : `${re.flags}u`);
const withBoundaries = (rules: Record<QuestionRule, Pattern[]>) =>
  Object.fromEntries(
    Object.entries(rules).map(([rule, list]) => [
      rule,
      list.map(({ re, unless }) => ({ re: unicodeWords(re), ...(unless ? { unless: unicodeWords(unless) } : {}) })),
    ]),
  ) as Record<QuestionRule, Pattern[]>;

const patterns: Record<CoachLocale, Record<QuestionRule, Pattern[]>> = { fr: withBoundaries(fr), en: withBoundaries(en) };

/** The question kinds whose answer is an act, not a statement: asking for it is the point. */
const commitmentKinds = new Set(['email_optin']);

export interface CoachOptions {
  /** The survey's language: the patterns, and the rewrite, are in it. */
  locale: CoachLocale;
  /** The question's kind: an email opt-in asks "would you like to hear…" by design. */
  kind?: string;
}

/** What makes this question's answers weak evidence, most serious first; none for a sound question. */
export function coachQuestion(prompt: string, { locale, kind }: CoachOptions): QuestionFinding[] {
  // What a question can hold (checked again in SQL): the patterns never read a longer text.
  const text = prompt.trim().slice(0, SURVEY_LIMITS.prompt);
  if (!text) return [];
  const findings: QuestionFinding[] = [];
  for (const rule of questionRules) {
    if (rule === 'hypothetical' && kind && commitmentKinds.has(kind)) continue;
    // A leading question is not also reported as an opinion asked for.
    if (rule === 'opinion' && findings.some((f) => f.rule === 'leading')) continue;
    for (const { re, unless } of patterns[locale][rule]) {
      const found = re.exec(text);
      if (!found || unless?.test(text)) continue;
      const rewrite = rewriteFor(rule, text, locale, found);
      findings.push({ rule, match: found[0].trim(), ...(rewrite ? { rewrite } : {}) });
      break;
    }
  }
  return findings;
}

// ---- Rewrites: only where the sentence's shape makes one safe ------------------------------------

const enPast: Record<string, string> = {
  pay: 'paid',
  join: 'joined',
  use: 'used',
  buy: 'bought',
  attend: 'attended',
  subscribe: 'subscribed',
  try: 'tried',
  'sign up': 'signed up',
  register: 'registered',
  recommend: 'recommended',
  follow: 'followed',
  read: 'read',
  watch: 'watched',
  download: 'downloaded',
  take: 'taken',
  spend: 'spent',
  invest: 'invested',
  switch: 'switched',
  participate: 'participated',
  book: 'booked',
  hire: 'hired',
  look: 'looked',
  search: 'searched',
};

// A verb's infinitive and conditional forms → its past participle; `true` for a pronominal verb ("s'abonner").
const frVerbs: [forms: string[], participle: string, pronominal?: boolean][] = [
  [['payer', 'paieriez', 'payeriez'], 'payé'],
  [['rejoindre', 'rejoindriez'], 'rejoint'],
  [['utiliser', 'utiliseriez'], 'utilisé'],
  [['acheter', 'achèteriez'], 'acheté'],
  [['participer', 'participeriez'], 'participé'],
  [['essayer', 'essaieriez', 'essayeriez'], 'essayé'],
  [['recommander', 'recommanderiez'], 'recommandé'],
  [['suivre', 'suivriez'], 'suivi'],
  [['investir', 'investiriez'], 'investi'],
  [['dépenser', 'dépenseriez'], 'dépensé'],
  [['télécharger', 'téléchargeriez'], 'téléchargé'],
  [['chercher', 'chercheriez'], 'cherché'],
  [['réserver', 'réserveriez'], 'réservé'],
  [['abonner', 'abonneriez'], 'abonné·e', true],
  [['inscrire', 'inscririez'], 'inscrit·e', true],
];
const frPast: Record<string, { participle: string; pronominal?: boolean }> = Object.fromEntries(
  frVerbs.flatMap(([forms, participle, pronominal]) => forms.map((form) => [form, { participle, pronominal }])),
);

const enHypothetical = new RegExp(
  `^(?:how much )?(?:would|will) you (?:(?:be )?(?:willing|ready|interested|happy) (?:to|in)|consider|like to|want to)?\\s*(${Object.keys(enPast).join('|')})(?:ing)?\\b\\s*(.*?)\\s*\\?*$`,
  'i',
);
const frHypothetical = new RegExp(
  `^(?:est-ce que vous |vous )?(?:seriez${H}vous |vous seriez )?(?:(?:prêt|pret)(?:e|·e|\\.e|\\(e\\))?s? (?:à|a) |d['’]accord pour |partant(?:e|·e)?s? pour |(?:accepteriez|aimeriez|voudriez)${H}vous (?:de )?)?(?:vous |v)?(?:s['’])?(${Object.keys(frPast).join('|')})(?:${H}vous)?\\b\\s*(.*?)\\s*\\?*$`,
  'iu',
);

function rewriteFor(rule: QuestionRule, text: string, locale: CoachLocale, found: RegExpExecArray): string | undefined {
  if (rule === 'hypothetical') return locale === 'en' ? rewriteEnHypothetical(text) : rewriteFrHypothetical(text);
  if (rule === 'double') return splitDouble(text, locale, found);
  return undefined;
}

function rewriteEnHypothetical(text: string): string | undefined {
  const found = enHypothetical.exec(text);
  if (!found) return undefined;
  // Both groups are part of the pattern: a match has them.
  const verb = (found[1] ?? '').toLowerCase();
  const rest = (found[2] ?? '').trim();
  if (/^how much/i.test(text)) return `What did you last pay ${rest}?`.replace(/\s+\?/, '?');
  return `In the last 12 months, have you ${enPast[verb]}${rest ? ` ${rest}` : ''}?`;
}

function rewriteFrHypothetical(text: string): string | undefined {
  const found = frHypothetical.exec(text);
  if (!found) return undefined;
  const verb = frPast[(found[1] ?? '').toLowerCase()];
  if (!verb) return undefined;
  const rest = (found[2] ?? '').trim();
  const asked = verb.pronominal ? `vous êtes-vous ${verb.participle}` : `avez-vous ${verb.participle}`;
  return `Au cours des 12 derniers mois, ${asked}${rest ? ` ${rest}` : ''} ?`;
}

/** "Do you A and would you B?" → "Do you A? / Would you B?": the two questions it holds. */
function splitDouble(text: string, locale: CoachLocale, found: RegExpExecArray): string | undefined {
  const question = locale === 'en' ? '?' : ' ?';
  const end = (part: string) => `${part.replace(/[\s?]+$/, '')}${question}`;
  const capital = (part: string) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`;
  if (found[0].startsWith('?')) {
    const at = found.index + 1;
    return `${end(text.slice(0, at))} / ${capital(end(text.slice(at).trim()))}`;
  }
  // The conjunction itself is dropped; the second question starts at the verb or the question word.
  const conjunction = /^\S+(?:\s+(?:then|aussi))?\s+/iu.exec(found[0]);
  const first = text.slice(0, found.index).trim();
  const second = text.slice(found.index + (conjunction?.[0].length ?? 0)).trim();
  if (!first || !second) return undefined;
  return `${end(first)} / ${capital(end(second))}`;
}
