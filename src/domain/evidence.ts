// How much a survey's answers prove, by what they cost the person answering: saying what one
// thinks costs nothing, saying what one did costs a little memory, leaving an e-mail or booking a
// call costs something. Pure: the builder proposes a level per question, the verdict says which
// level it rests on (tests/unit/evidence.test.ts).
import { coachQuestion, type CoachLocale } from './question-coach';

// The levels are a question's field, so they are defined with the survey's shapes.
import { evidenceLevels, type EvidenceLevel } from './survey';

export const evidenceRank = (level: EvidenceLevel): number => evidenceLevels.indexOf(level);

/**
 * The levels a question's kind allows, as SQL bounds them (app.survey_questions): a scale
 * measures an opinion, an e-mail left with consent is a commitment; a choice or a text answer is
 * an opinion, past behaviour, or a stronger commitment the creator asks for (book a call, pre-order).
 */
export function allowedEvidence(kind: string): readonly EvidenceLevel[] {
  if (kind === 'scale') return ['opinion'];
  if (kind === 'email_optin') return ['commitment'];
  return ['opinion', 'behaviour', 'strong_commitment'];
}

/**
 * The level a question's answers carry unless the creator says otherwise. An e-mail left with
 * consent is a commitment; a scale measures a feeling; a choice or a story is past behaviour when
 * the question asks about the past, an opinion when it asks what people think or would do. A
 * stronger commitment (a call booked, a pre-order) is only ever the creator's statement.
 */
export function proposedEvidence(question: { kind: string; prompt: string }, locale: CoachLocale): EvidenceLevel {
  if (question.kind === 'email_optin') return 'commitment';
  if (question.kind === 'scale') return 'opinion';
  const findings = coachQuestion(question.prompt, { locale, kind: question.kind });
  return findings.some((f) => f.rule === 'hypothetical' || f.rule === 'opinion' || f.rule === 'leading') ? 'opinion' : 'behaviour';
}

export type StrengthWord = 'weak' | 'fair' | 'strong';

/** What a verdict rests on, in words the creator reads beside it. */
export interface EvidenceStrength {
  /** Opinions are weak, whatever their number; behaviour is fair; commitments are strong. */
  word: StrengthWord;
  level: EvidenceLevel;
  /** How many people gave the evidence that counts (for a commitment: how many committed). */
  people: number;
}

/**
 * The strength of a verdict that counts the answers of one question at `level`, given by `people`
 * respondents. Never "strong" for opinions, however many: a crowd of opinions is still opinions.
 */
export function evidenceStrength(level: EvidenceLevel, people: number): EvidenceStrength {
  const word: StrengthWord = level === 'opinion' ? 'weak' : level === 'behaviour' ? 'fair' : people > 0 ? 'strong' : 'weak';
  return { word, level, people: Math.max(0, Math.trunc(people)) };
}

/**
 * What the answers a threshold counts prove: the level the creator set on its question (a
 * waiting-list threshold counts e-mails left with consent: commitments). No threshold, nothing.
 * SQL's twin is app.threshold_evidence, which the coach's plan survey and learning cards carry.
 */
export function countedEvidence(
  threshold: { question_id: string | null } | null | undefined,
  questions: readonly { id: string; evidence: EvidenceLevel }[],
): EvidenceLevel | null {
  if (!threshold) return null;
  return threshold.question_id === null ? 'commitment' : (questions.find((q) => q.id === threshold.question_id)?.evidence ?? null);
}

/** What a verdict rests on: its level, given by the respondents who met the threshold. No verdict or no level, nothing to say. */
export function verdictStrength(verdict: { successes: number } | null | undefined, level: EvidenceLevel | null | undefined): EvidenceStrength | null {
  return verdict && level ? evidenceStrength(level, verdict.successes) : null;
}
