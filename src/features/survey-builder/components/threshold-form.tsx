import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import type { SurveyDetail } from '@/domain/survey';
import { percent } from '@/domain/verdict';
import { useT } from '@/i18n/i18n';
import { thresholdInput, useUpdateSurvey } from '../api/update-survey';

const WAITLIST = 'waitlist';

/** The success threshold, decided before publishing (and fixed after). */
export function ThresholdForm({ survey }: { survey: SurveyDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const update = useUpdateSurvey(survey.id);
  const candidates = survey.questions.filter((q) => q.kind === 'single_choice' || q.kind === 'multiple_choice' || q.kind === 'scale');
  const current = survey.threshold;
  const [questionId, setQuestionId] = useState<string>(current?.question_id ?? candidates[0]?.id ?? WAITLIST);
  const [optionKeys, setOptionKeys] = useState<string[]>(current?.option_keys ?? []);
  const [scaleMin, setScaleMin] = useState(String(current?.scale_min ?? ''));
  const [rate, setRate] = useState(String(current ? Math.round(current.target_rate * 100) : 40));
  const [minResponses, setMinResponses] = useState(String(current?.min_responses ?? 30));
  const editable = survey.status === 'draft';
  const question = survey.questions.find((q) => q.id === questionId);

  const input = {
    question_id: questionId === WAITLIST ? null : questionId,
    option_keys: question && question.kind !== 'scale' ? optionKeys.filter((k) => question.options.some((o) => o.key === k)) : null,
    scale_min: question?.kind === 'scale' && scaleMin !== '' ? Number(scaleMin) : null,
    target_rate: Number(rate) / 100,
    min_responses: Number(minResponses),
  };
  const valid =
    thresholdInput.safeParse(input).success &&
    (!question || (question.kind === 'scale' ? input.scale_min !== null : (input.option_keys?.length ?? 0) > 0));

  return (
    <section aria-labelledby="builder-threshold" className="panel">
      <h2 id="builder-threshold">{t('survey.builder.threshold')}</h2>
      <p className="hint">{t('survey.builder.thresholdHelp')}</p>
      {current ? (
        <p role="status" className="threshold-current">
          {t('survey.builder.thresholdSet', { rate: percent(current.target_rate), min: current.min_responses })}
        </p>
      ) : null}
      {editable ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) update.mutate({ threshold: input });
          }}
        >
          <Field label={t('survey.builder.thresholdQuestion')}>
            {(props) => (
              <select {...props} value={questionId} onChange={(e) => { setQuestionId(e.target.value); setOptionKeys([]); }}>
                {candidates.map((q) => (
                  <option key={q.id} value={q.id}>{q.prompt}</option>
                ))}
                <option value={WAITLIST}>{t('survey.builder.thresholdWaitlist')}</option>
              </select>
            )}
          </Field>
          {question && question.kind !== 'scale' ? (
            <fieldset>
              <legend>{t('survey.builder.thresholdOptions')}</legend>
              {question.options.map((option) => (
                <label key={option.key} className="inline-choice">
                  <input type="checkbox" checked={optionKeys.includes(option.key)}
                    onChange={(e) => setOptionKeys(e.target.checked ? [...optionKeys, option.key] : optionKeys.filter((k) => k !== option.key))} />
                  <span dir="auto">{option.label}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          {question?.kind === 'scale' ? (
            <Field label={t('survey.builder.thresholdScaleMin')}>
              {(props) => <input {...props} type="number" className="input-narrow" min={question.min ?? 0} max={question.max ?? 10} value={scaleMin} onChange={(e) => setScaleMin(e.target.value)} />}
            </Field>
          ) : null}
          <div className="question-card-row">
            <Field label={t('survey.builder.thresholdRate')}>
              {(props) => <input {...props} type="number" className="input-narrow" min={1} max={100} value={rate} onChange={(e) => setRate(e.target.value)} />}
            </Field>
            <Field label={t('survey.builder.thresholdMin')}>
              {(props) => <input {...props} type="number" className="input-narrow" min={5} max={10000} value={minResponses} onChange={(e) => setMinResponses(e.target.value)} />}
            </Field>
          </div>
          {!valid ? <p className="field-error">{t('survey.builder.thresholdInvalid')}</p> : null}
          <Button type="submit" variant="secondary" disabled={update.isPending} aria-disabled={!valid}>
            {t('survey.builder.thresholdSave')}
          </Button>
          {update.isError ? <p role="alert" className="field-error">{errorText(update.error)}</p> : null}
        </form>
      ) : null}
    </section>
  );
}
