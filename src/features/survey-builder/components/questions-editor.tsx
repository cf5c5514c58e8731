import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { questionKinds, SURVEY_LIMITS, type QuestionKind, type SurveyDetail } from '@/domain/survey';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n';
import { saveQuestionsInput, useSaveSurveyQuestions, type QuestionInput } from '../api/save-survey-questions';
import { newId } from '@/domain/new-id';
import { QuestionEditor, questionEvidence, type EditableQuestion } from './question-editor';

const SAVE_DELAY_MS = 800;

// A question's uid names it on this page: its saved id, or for a new one a UUID the database
// maps to the id it gives it. Rules point at uids, so they hold across saves and moves.
function fromSurvey(survey: SurveyDetail): EditableQuestion[] {
  return survey.questions
    .slice()
    .sort((a, b) => a.position - b.position)
    .map((q) => ({ uid: q.id, id: q.id, kind: q.kind, prompt: q.prompt, required: q.required, options: q.options, min: q.min, max: q.max, show_if: q.show_if, evidence: q.evidence }));
}

/** What save_survey_questions is sent: each question under its id (or uid), rules pointing at those. */
function toInputs(questions: EditableQuestion[], locale: 'fr' | 'en'): QuestionInput[] {
  const sentId = new Map(questions.map((q) => [q.uid, q.id ?? q.uid]));
  return questions.map(({ uid, ...question }) => ({
    ...question,
    id: question.id ?? uid,
    evidence: questionEvidence({ uid, ...question }, locale),
    show_if: question.show_if ? { ...question.show_if, question_id: sentId.get(question.show_if.question_id) ?? question.show_if.question_id } : null,
  }));
}

export type QuestionsSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error';

/** The ordered list of questions: edited here, saved as a whole after a short pause. */
export function QuestionsEditor({ survey, onStateChange }: { survey: SurveyDetail; onStateChange: (state: QuestionsSaveState) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [questions, setQuestions] = useState<EditableQuestion[]>(() => fromSurvey(survey));
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<QuestionsSaveState>('idle');
  const [announce, setAnnounce] = useState('');
  const [removed, setRemoved] = useState<{ question: EditableQuestion; index: number } | null>(null);
  const [newKind, setNewKind] = useState<QuestionKind>('single_choice');
  const save = useSaveSurveyQuestions(survey.id);
  const savedVersion = useRef(0);
  const latestVersion = useRef(version);
  useEffect(() => {
    latestVersion.current = version;
  }, [version]);
  const focusAfter = useRef<string | null>(null);

  const edit = (next: EditableQuestion[]) => {
    setQuestions(next);
    setVersion((v) => v + 1);
    setState('pending');
  };

  const parsed = saveQuestionsInput.safeParse(toInputs(questions, survey.locale));
  const problems = parsed.success ? [] : parsed.error.issues;
  // Edits that break a rule are kept on screen but not sent until fixed.
  const shown: QuestionsSaveState = !parsed.success && state === 'pending' ? 'invalid' : state;
  useEffect(() => onStateChange(shown), [shown, onStateChange]);

  useEffect(() => {
    if (version === savedVersion.current) return;
    if (!parsed.success) return;
    const sending = version;
    const timer = window.setTimeout(() => {
      setState('saving');
      save.mutate(toInputs(questions, survey.locale), {
        onSuccess: (saved) => {
          savedVersion.current = sending;
          // New questions get their ids from the database; keep the list as it is otherwise.
          const unchanged = sending === latestVersion.current;
          setQuestions((current) =>
            unchanged ? current.map((q, i) => (q.id ? q : { ...q, id: saved.questions.find((s) => s.position === i + 1)?.id ?? saved.questions[i]?.id })) : current,
          );
          setState(unchanged ? 'saved' : 'pending');
        },
        onError: () => setState('error'),
      });
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- saving is driven by the edit version only
  }, [version]);

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    const moving = questions[index];
    const other = questions[target];
    if (!moving || !other) return;
    const next = questions.slice();
    next[index] = other;
    next[target] = moving;
    edit(next);
    setAnnounce(t('survey.builder.moved', { n: target + 1 }));
    focusAfter.current = `move-${delta < 0 ? 'up' : 'down'}-${moving.uid}`;
    if ((delta < 0 && target === 0) || (delta > 0 && target === next.length - 1)) {
      focusAfter.current = `move-${delta < 0 ? 'down' : 'up'}-${moving.uid}`;
    }
  };

  const remove = (index: number) => {
    const question = questions[index];
    if (!question) return;
    edit(questions.filter((_, i) => i !== index));
    setRemoved({ question, index });
    setAnnounce(t('survey.builder.removed'));
    focusAfter.current = 'undo-remove';
  };

  const undoRemove = () => {
    if (!removed) return;
    const next = questions.slice();
    next.splice(removed.index, 0, removed.question);
    edit(next);
    setRemoved(null);
  };

  const add = () => {
    const question = blankQuestion(newKind, t);
    edit([...questions, question]);
    focusAfter.current = `prompt-${question.uid}`;
  };

  // A stronger commitment than an e-mail: a call booked, a pre-order; its wording is the creator's to change.
  const addCommitment = () => {
    const question: EditableQuestion = {
      uid: newId(),
      kind: 'single_choice',
      prompt: t('survey.builder.commitment.prompt'),
      required: false,
      options: [
        { key: 'yes', label: t('survey.builder.commitment.yes') },
        { key: 'no', label: t('survey.builder.commitment.no') },
      ],
      min: null,
      max: null,
      evidence: 'strong_commitment',
    };
    edit([...questions, question]);
    focusAfter.current = `prompt-${question.uid}`;
  };

  const problemKeys = new Set(problems.map((p) => p.message));
  return (
    <section aria-labelledby="builder-questions" className="questions-editor">
      <h2 id="builder-questions">{t('survey.builder.questions')}</h2>
      <ol className="question-list">
        {questions.map((question, index) => (
          <li key={question.uid}>
            <QuestionEditor
              question={question}
              index={index}
              count={questions.length}
              earlier={questions.slice(0, index)}
              locale={survey.locale}
              problems={problems.filter((p) => p.path[0] === index).map((p) => problemKey(p.path[1], p.message))}
              onChange={(next) => edit(questions.map((q, i) => (i === index ? next : q)))}
              onMove={(delta) => move(index, delta)}
              onRemove={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden">{announce}</p>
      {removed ? (
        <p className="undo-bar">
          {t('survey.builder.removed')}{' '}
          <Button id="undo-remove" variant="link" onClick={undoRemove}>{t('survey.builder.undoRemove')}</Button>
        </p>
      ) : null}
      {questions.length < SURVEY_LIMITS.questions ? (
        <div className="add-question">
          <label htmlFor="new-question-kind">{t('survey.builder.addKind')}</label>
          <select id="new-question-kind" value={newKind} onChange={(e) => setNewKind(e.target.value as QuestionKind)}>
            {questionKinds.map((kind) => (
              <option key={kind} value={kind}>{t(`survey.builder.kind.${kind}`)}</option>
            ))}
          </select>
          <Button onClick={add}>{t('survey.builder.add')}</Button>
          <Button onClick={addCommitment}>{t('survey.builder.commitment.add')}</Button>
        </div>
      ) : (
        <p className="hint">{t('survey.builder.problem.too_many')}</p>
      )}
      <div className="save-status" role="status">
        {shown === 'saving' ? t('survey.builder.saving') : shown === 'saved' ? t('survey.builder.saved') : shown === 'pending' ? t('survey.builder.pending') : null}
        {shown === 'invalid' ? (
          <span className="field-error">
            {t('survey.builder.unsavedProblems', { count: problems.length })}
            {problemKeys.has('one_email_optin') ? ` ${t('survey.builder.problem.one_email_optin')}` : null}
          </span>
        ) : null}
        {shown === 'error' ? (
          <span className="field-error">
            {t('survey.builder.saveError', { reason: errorText(save.error) })}{' '}
            <Button onClick={() => setVersion((v) => v + 1)}>{t('survey.builder.retry')}</Button>
          </span>
        ) : null}
      </div>
    </section>
  );
}

const knownProblems = new Set(['options_count', 'options_duplicate', 'scale_range', 'rule_question', 'rule_options', 'rule_range', 'evidence_kind']);

/** Maps a zod issue on a question to one of the builder's plain-words problems. */
function problemKey(field: PropertyKey | undefined, message: string): string {
  if (knownProblems.has(message)) return message;
  if (field === 'options') return 'options_count';
  if (field === 'min' || field === 'max') return 'scale_range';
  return 'prompt';
}

function blankQuestion(kind: QuestionKind, t: (key: MessageKey, params?: Record<string, string | number>) => string): EditableQuestion {
  const choice = kind === 'single_choice' || kind === 'multiple_choice';
  return {
    uid: newId(),
    kind,
    prompt: t('survey.builder.newPrompt'),
    required: kind !== 'email_optin',
    options: choice ? [1, 2].map((n) => ({ key: `option_${n}`, label: t('survey.builder.newOption', { n }) })) : [],
    min: kind === 'scale' ? 1 : null,
    max: kind === 'scale' ? 5 : null,
  };
}
