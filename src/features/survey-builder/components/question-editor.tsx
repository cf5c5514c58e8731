import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { allowedEvidence, proposedEvidence } from '@/domain/evidence';
import { questionKinds, SURVEY_LIMITS, type EvidenceLevel, type QuestionKind } from '@/domain/survey';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n';
import type { QuestionInput } from '../api/save-survey-questions';
import { QuestionCheck } from './question-check';
import { RuleEditor } from './rule-editor';

export type EditableQuestion = QuestionInput & { uid: string; options: { key: string; label: string }[] };

/** What an answer proves: the creator's choice, else what the kind and wording suggest. */
export const questionEvidence = (question: EditableQuestion, locale: 'fr' | 'en'): EvidenceLevel =>
  question.evidence ?? proposedEvidence(question, locale);

interface QuestionEditorProps {
  question: EditableQuestion;
  index: number;
  count: number;
  /** The questions before this one: a rule may depend on one of them. */
  earlier: EditableQuestion[];
  /** The survey's language, which the question check reads the question in. */
  locale: 'fr' | 'en';
  problems: string[];
  onChange: (question: EditableQuestion) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

const isChoice = (kind: QuestionKind) => kind === 'single_choice' || kind === 'multiple_choice';

function nextOptionKey(options: { key: string }[]): string {
  let n = options.length + 1;
  while (options.some((o) => o.key === `option_${n}`)) n++;
  return `option_${n}`;
}

export function QuestionEditor({ question, index, count, earlier, locale, problems, onChange, onMove, onRemove }: QuestionEditorProps) {
  const t = useT();
  const id = useId();
  const n = index + 1;

  const changeKind = (kind: QuestionKind) => {
    const options = isChoice(kind)
      ? question.options.length >= 2
        ? question.options
        : [1, 2].map((i) => ({ key: `option_${i}`, label: t('survey.builder.newOption', { n: i }) }))
      : [];
    // The level follows the new kind's proposal until the creator picks one again.
    onChange({
      ...question,
      kind,
      evidence: undefined,
      options,
      min: kind === 'scale' ? (question.min ?? 1) : null,
      max: kind === 'scale' ? (question.max ?? 5) : null,
      required: kind === 'email_optin' ? false : question.required,
    });
  };

  return (
    <fieldset className="question-card" aria-describedby={problems.length ? `${id}-problems` : undefined}>
      <legend>{t('survey.builder.question', { n })}</legend>
      <div className="question-card-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('survey.builder.kind')}</label>
          <select id={`${id}-kind`} value={question.kind} onChange={(e) => changeKind(e.target.value as QuestionKind)}>
            {questionKinds.map((kind) => (
              <option key={kind} value={kind}>{t(`survey.builder.kind.${kind}`)}</option>
            ))}
          </select>
        </div>
        <label className="inline-choice">
          <input type="checkbox" checked={question.required} onChange={(e) => onChange({ ...question, required: e.target.checked })} />
          <span>{t('survey.builder.required')}</span>
        </label>
      </div>
      <div className="field">
        <label htmlFor={`prompt-${question.uid}`}>{t('survey.builder.prompt')}</label>
        <input id={`prompt-${question.uid}`} type="text" dir="auto" maxLength={SURVEY_LIMITS.prompt} value={question.prompt}
          aria-invalid={problems.includes('prompt') ? true : undefined}
          aria-describedby={`${id}-check`}
          onChange={(e) => onChange({ ...question, prompt: e.target.value })} />
        <QuestionCheck id={`${id}-check`} prompt={question.prompt} kind={question.kind} locale={locale}
          onReword={(prompt) => onChange({ ...question, prompt })} />
      </div>
      {isChoice(question.kind) ? (
        <fieldset className="options-editor">
          <legend>{t('survey.builder.options')}</legend>
          {question.options.map((option, i) => (
            <div key={option.key} className="option-row">
              <label htmlFor={`${id}-opt-${option.key}`} className="visually-hidden">{t('survey.builder.option', { n: i + 1 })}</label>
              <input id={`${id}-opt-${option.key}`} type="text" dir="auto" maxLength={SURVEY_LIMITS.optionLabel} value={option.label}
                onChange={(e) => onChange({ ...question, options: question.options.map((o) => (o.key === option.key ? { ...o, label: e.target.value } : o)) })} />
              <Button variant="link" aria-label={t('survey.builder.removeOption', { n: i + 1 })}
                onClick={() => onChange({ ...question, options: question.options.filter((o) => o.key !== option.key) })}>
                ✕
              </Button>
            </div>
          ))}
          {question.options.length < SURVEY_LIMITS.optionsMax ? (
            <Button onClick={() => onChange({ ...question, options: [...question.options, { key: nextOptionKey(question.options), label: t('survey.builder.newOption', { n: question.options.length + 1 }) }] })}>
              {t('survey.builder.addOption')}
            </Button>
          ) : null}
        </fieldset>
      ) : null}
      {question.kind === 'scale' ? (
        <div className="question-card-row">
          {(['min', 'max'] as const).map((bound) => (
            <div className="field" key={bound}>
              <label htmlFor={`${id}-${bound}`}>{t(bound === 'min' ? 'survey.builder.scaleMin' : 'survey.builder.scaleMax')}</label>
              <input id={`${id}-${bound}`} type="number" min={0} max={10} step={1} className="input-narrow" value={question[bound] ?? ''}
                onChange={(e) => onChange({ ...question, [bound]: e.target.value === '' ? null : Number(e.target.value) })} />
            </div>
          ))}
        </div>
      ) : null}
      <EvidenceField question={question} locale={locale} onChange={(evidence) => onChange({ ...question, evidence })} />
      <RuleEditor question={question} earlier={earlier} onChange={(show_if) => onChange({ ...question, show_if })} />
      {problems.length ? (
        <ul id={`${id}-problems`} className="field-error problem-list">
          {[...new Set(problems)].map((problem) => (
            <li key={problem}>{t(`survey.builder.problem.${problem}` as MessageKey)}</li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        <Button id={`move-up-${question.uid}`} disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('survey.builder.moveUp', { n })}>↑</Button>
        <Button id={`move-down-${question.uid}`} disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('survey.builder.moveDown', { n })}>↓</Button>
        <Button variant="danger" onClick={onRemove} aria-label={t('survey.builder.remove', { n })}>✕</Button>
      </div>
    </fieldset>
  );
}

/** What an answer to this question proves; the wording's reading is offered when it differs. */
function EvidenceField({ question, locale, onChange }: { question: EditableQuestion; locale: 'fr' | 'en'; onChange: (evidence: EvidenceLevel) => void }) {
  const t = useT();
  const id = useId();
  const levels = allowedEvidence(question.kind);
  const proposed = proposedEvidence(question, locale);
  const chosen = question.evidence ?? proposed;
  if (levels.length === 1) {
    return <p className="hint">{t('survey.builder.evidence.fixed', { level: t(`survey.builder.evidence.${chosen}`) })}</p>;
  }
  return (
    <div className="field">
      <label htmlFor={`${id}-evidence`}>{t('survey.builder.evidence')}</label>
      <select id={`${id}-evidence`} value={chosen} aria-describedby={`${id}-evidence-hint`}
        onChange={(e) => onChange(e.target.value as EvidenceLevel)}>
        {levels.map((level) => (
          <option key={level} value={level}>{t(`survey.builder.evidence.${level}`)}</option>
        ))}
      </select>
      <p id={`${id}-evidence-hint`} className="hint">
        {chosen === proposed ? (
          t('survey.builder.evidence.hint')
        ) : (
          <>
            {t('survey.builder.evidence.wording', { level: t(`survey.builder.evidence.${proposed}`) })}{' '}
            <Button variant="link" onClick={() => onChange(proposed)}>{t('survey.builder.evidence.use')}</Button>
          </>
        )}
      </p>
    </div>
  );
}
