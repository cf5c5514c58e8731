import { audienceMarkers, audienceWords, broadCategories, everyoneWords, fillerWords } from './niche-vocabulary';
import { words } from './word-count';

/** The most the server stores (checked again in SQL). */
export const NICHE_STATEMENT_MAX = 200;

/** The article's test: an audience you cannot describe in seven words or fewer is too vague. */
export const NICHE_MAX_WORDS = 7;

export type Severity = 'blocking' | 'warning';
export type NicheRule =
  | 'empty'
  | 'too_long'
  | 'too_many_characters'
  | 'broad_category'
  | 'too_short'
  | 'no_audience'
  | 'everyone'
  | 'markup';

export interface NicheFinding {
  rule: NicheRule;
  severity: Severity;
  /** Words the creator could cut (too_long), or the category found (broad_category). */
  words?: string[];
  count?: number;
}

/** Lower case, no accents, apostrophes as spaces: "Développement personnel" → "developpement personnel". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const leadingArticles = /^(le|la|les|l|the|a|an|un|une|du|de la|des)\s+/;
const broad = new Set(broadCategories.map(normalize));
const fillers = new Set(fillerWords.map(normalize));
const audience = new Set(audienceWords.map(normalize));
const markers = new Set(audienceMarkers);
const everyone = everyoneWords.map(normalize);

export function lintNiche(statement: string): NicheFinding[] {
  const findings: NicheFinding[] = [];
  const list = words(statement);
  const count = list.length;
  const normalized = normalize(statement);

  if (count === 0) return [{ rule: 'empty', severity: 'blocking' }];

  if (statement.length > NICHE_STATEMENT_MAX) {
    findings.push({ rule: 'too_many_characters', severity: 'blocking', count: statement.length });
  }
  if (count > NICHE_MAX_WORDS) {
    const cuts = list.filter((word) => fillers.has(normalize(word)));
    findings.push({ rule: 'too_long', severity: 'blocking', count, words: [...new Set(cuts)] });
  }

  const bare = normalized.replace(leadingArticles, '');
  if (broad.has(bare)) {
    findings.push({ rule: 'broad_category', severity: 'blocking', words: [statement.trim()] });
  } else if (count <= 2) {
    findings.push({ rule: 'too_short', severity: 'warning', count });
  }

  const tokens = normalized.split(' ');
  const padded = ` ${normalized} `;
  if (everyone.some((phrase) => padded.includes(` ${phrase} `))) {
    findings.push({ rule: 'everyone', severity: 'warning' });
  } else if (count >= 3 && !tokens.some((token) => markers.has(token) || audience.has(token))) {
    findings.push({ rule: 'no_audience', severity: 'warning' });
  }

  if (/<\/?[a-z][^>]*>|https?:\/\/|www\./i.test(statement)) {
    findings.push({ rule: 'markup', severity: 'warning' });
  }
  return findings;
}

export function isBlocked(findings: NicheFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'blocking');
}

/** Composes the guided answers into one statement the creator can then edit freely. */
export function composeNiche(parts: { who: string; what: string; situation: string }, locale: 'fr' | 'en'): string {
  const who = parts.who.trim();
  const what = parts.what.trim();
  const situation = parts.situation.trim();
  const joiner = locale === 'fr' ? 'pour' : 'for';
  const core = what && who ? `${what} ${joiner} ${who}` : what || who;
  return [core, situation].filter(Boolean).join(' ');
}
