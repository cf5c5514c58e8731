import type { AnswerError, AnswerValue } from '@/domain/survey-answers';
import { TEXT_ANSWER_MAX } from '@/domain/survey-answers';
import type { RespondT } from '@/i18n/respond';
import type { PublicQuestion } from '@/domain/public-survey';


interface QuestionFieldProps {
  question: PublicQuestion;
  index: number;
  value: AnswerValue | undefined;
  error: AnswerError | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  t: RespondT;
}

/** The "*" after a required question's text, read out as "(required)". */
export function RequiredMark({ t }: { t: RespondT }) {
  return (
    <span className="q-required">
      {' '}
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">({t('respond.required')})</span>
    </span>
  );
}

/** One question, as respondents see it; the email opt-in is rendered by EmailOptin. */
export function QuestionField({ question, index, value, error, onChange, t }: QuestionFieldProps) {
  const id = `q-${question.id}`;
  const errorId = `${id}-error`;
  const label = (
    <>
      <span className="q-number">{index + 1}.</span> {question.prompt}
      {question.required ? <RequiredMark t={t} /> : null}
    </>
  );
  const errorText = error ? (
    <p id={errorId} className="field-error">
      {t(`respond.error.${error}`)}
    </p>
  ) : null;
  const describedBy = error ? errorId : undefined;

  if (question.kind === 'short_text' || question.kind === 'long_text') {
    const text = typeof value === 'string' ? value : '';
    return (
      <div className="question field" id={`${id}-box`}>
        <label htmlFor={id}>{label}</label>
        {question.kind === 'short_text' ? (
          <input id={id} type="text" dir="auto" value={text} maxLength={TEXT_ANSWER_MAX} aria-describedby={describedBy}
            aria-invalid={error ? true : undefined} aria-required={question.required} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <>
            <textarea id={id} dir="auto" rows={4} value={text} maxLength={TEXT_ANSWER_MAX}
              aria-describedby={[`${id}-count`, describedBy].filter(Boolean).join(' ')} aria-invalid={error ? true : undefined}
              aria-required={question.required} onChange={(e) => onChange(e.target.value)} />
            <p id={`${id}-count`} className="hint">{t('respond.chars', { count: text.length, max: TEXT_ANSWER_MAX })}</p>
          </>
        )}
        {errorText}
      </div>
    );
  }

  if (question.kind === 'scale') {
    const min = question.min ?? 1;
    const max = question.max ?? 5;
    const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return (
      <fieldset className="question scale" id={`${id}-box`} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend>{label}</legend>
        <p className="hint scale-ends">
          <span>{t('respond.scaleFrom', { min })}</span> <span>{t('respond.scaleTo', { max })}</span>
        </p>
        <div className="scale-options">
          {values.map((n) => (
            <label key={n} className="scale-option">
              <input type="radio" name={id} value={n} checked={value === n} onChange={() => onChange(n)} />
              <span>{n}</span>
            </label>
          ))}
        </div>
        {errorText}
      </fieldset>
    );
  }

  const multiple = question.kind === 'multiple_choice';
  const selected = multiple ? (Array.isArray(value) ? value : []) : value;
  return (
    <fieldset className="question choice" id={`${id}-box`} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{label}</legend>
      {question.options.map((option) => {
        const checked = multiple ? (selected as string[]).includes(option.key) : selected === option.key;
        return (
          <label key={option.key} className="choice-option">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.key}
              checked={checked}
              onChange={(e) => {
                if (!multiple) return onChange(option.key);
                const current = selected as string[];
                onChange(e.target.checked ? [...current, option.key] : current.filter((k) => k !== option.key));
              }}
            />
            <span dir="auto">{option.label}</span>
          </label>
        );
      })}
      {errorText}
    </fieldset>
  );
}
