import { useRef, useState, type FormEvent } from 'react';
import { checkAnswers, isSendable, shownQuestionIds, type AnswerCheck, type AnswerValue } from '@/domain/survey-answers';
import { useRespondT } from '@/i18n/respond';
import type { PublicSurvey } from '@/domain/survey';
import { QuestionField, RequiredMark } from './question-field';

export interface FormValues {
  values: Record<string, AnswerValue | undefined>;
  email: string;
  consent: boolean;
}

interface SurveyFormProps {
  survey: PublicSurvey;
  form: FormValues;
  onChange: (form: FormValues) => void;
  /** Called with the checked answers; absent in the builder's preview, where nothing is sent. */
  onSubmit?: (check: AnswerCheck, honeypot: boolean) => void;
  sending?: boolean;
  serverError?: string | null;
}

/** The survey exactly as respondents see it (the builder's preview renders this same form). */
export function SurveyForm({ survey, form, onChange, onSubmit, sending = false, serverError }: SurveyFormProps) {
  const { t } = useRespondT(survey.locale);
  const [check, setCheck] = useState<AnswerCheck | null>(null);
  const [honeypot, setHoneypot] = useState('');
  const summary = useRef<HTMLParagraphElement>(null);
  const questions = [...survey.questions].sort((a, b) => a.position - b.position);
  // Conditional questions appear as soon as an earlier answer matches their rule; each keeps
  // its number, the one the results give it.
  const shown = shownQuestionIds(questions, form.values);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = checkAnswers(questions, form.values, form.email, form.consent);
    setCheck(result);
    if (!isSendable(result)) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onSubmit?.(result, honeypot.trim() !== '');
  };
  const errors = check?.errors ?? {};
  const problemCount = Object.keys(errors).length + (check?.emailError ? 1 : 0) + (check?.tooLarge ? 1 : 0);

  return (
    <form className="survey-form" onSubmit={submit} noValidate lang={survey.locale}>
      <p className="hint">{t('respond.requiredNote')}</p>
      {questions.map((question, index) =>
        // A hidden question takes no place; the e-mail question stands in its place and with its
        // number, as the results list it.
        !shown.has(question.id) ? null : question.kind === 'email_optin' ? (
          <fieldset key={question.id} className="question email-optin">
            <legend>
              <span className="q-number">{index + 1}.</span> {question.prompt}
              {question.required ? <RequiredMark t={t} /> : null}
            </legend>
            <div className="field">
              <label htmlFor="respond-email">{t('respond.email.label')}</label>
              <p id="respond-email-hint" className="hint">{t('respond.email.hint')}</p>
              <input id="respond-email" type="email" autoComplete="email" inputMode="email" value={form.email}
                aria-describedby={['respond-email-hint', check?.emailError ? 'respond-email-error' : null].filter(Boolean).join(' ')}
                aria-invalid={check?.emailError && check.emailError !== 'consent_required' ? true : undefined}
                onChange={(e) => onChange({ ...form, email: e.target.value })} />
            </div>
            <label className="consent">
              <input type="checkbox" checked={form.consent} onChange={(e) => onChange({ ...form, consent: e.target.checked })} />
              <span>{t('respond.consent')}</span>
            </label>
            {check?.emailError ? (
              <p id="respond-email-error" className="field-error">
                {check.emailError === 'required' ? t('respond.error.required') : t(`respond.errors.${check.emailError}`)}
              </p>
            ) : null}
          </fieldset>
        ) : (
          <QuestionField
            key={question.id}
            question={question}
            index={index}
            value={form.values[question.id]}
            error={errors[question.id]}
            onChange={(value) => onChange({ ...form, values: { ...form.values, [question.id]: value } })}
            t={t}
          />
        ),
      )}
      <div className="honeypot" aria-hidden="true">
        <label>
          {t('respond.honeypot')}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" value={honeypot} onChange={(e) => setHoneypot(e.target.value)} />
        </label>
      </div>
      {problemCount > 0 ? (
        <p ref={summary} tabIndex={-1} role="alert" className="field-error form-summary">
          {check?.tooLarge ? t('respond.tooLarge') : t('respond.errorSummary', { count: problemCount })}
        </p>
      ) : null}
      {serverError ? (
        <p role="alert" className="field-error form-summary">
          {serverError}
        </p>
      ) : null}
      {onSubmit ? (
        <button type="submit" className="btn btn-primary btn-large" disabled={sending}>
          {sending ? t('respond.sending') : t('respond.submit')}
        </button>
      ) : null}
    </form>
  );
}
