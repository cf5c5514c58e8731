import { useMemo } from 'react';
import { useWatch, type UseFormRegister } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Form, FormField, useFieldError, useZodForm } from '@/components/ui/form';
import { THRESHOLD_LIMITS, type SurveyDetail } from '@/domain/survey';
import { thresholdCandidates, thresholdFormDefaults, thresholdFormSchema, WAITLIST, type ThresholdFormValues } from '@/domain/survey-threshold';
import { formatPercent } from '@/i18n/format';
import { useLocale, useT } from '@/i18n/i18n';
import { useUpdateSurvey } from '../api/update-survey';
import { HypothesisField } from './hypothesis-field';

/** The success threshold, decided before publishing (and fixed after). */
export function ThresholdForm({ survey }: { survey: SurveyDetail }) {
  const t = useT();
  const locale = useLocale();
  const percent = (rate: number) => formatPercent(rate, locale, 0);
  const errorText = useErrorText();
  const update = useUpdateSurvey(survey.id);
  const current = survey.threshold;
  const schema = useMemo(() => thresholdFormSchema(survey.questions), [survey.questions]);
  const form = useZodForm(schema, { defaultValues: thresholdFormDefaults(survey.questions, current) });
  const questionId = useWatch({ control: form.control, name: 'questionId' });
  const question = survey.questions.find((q) => q.id === questionId);
  const editable = survey.status === 'draft';
  // Every rule of the form has the one sentence that states them all.
  const message = () => t('survey.builder.thresholdInvalid');

  return (
    <section aria-labelledby="builder-threshold" className="panel">
      <h2 id="builder-threshold">{t('survey.builder.threshold')}</h2>
      <p className="hint">{t('survey.builder.thresholdHelp')}</p>
      <HypothesisField survey={survey} />
      {current ? (
        <p role="status" className="threshold-current">
          {t('survey.builder.thresholdSet', { rate: percent(current.target_rate), min: current.min_responses })}
        </p>
      ) : null}
      {editable ? (
        <Form form={form} message={message} onSubmit={(threshold) => update.mutate({ threshold })}>
          <FormField<ThresholdFormValues> name="questionId" label={t('survey.builder.thresholdQuestion')}>
            {(props) => (
              <select {...props} {...form.register('questionId', { onChange: () => form.setValue('optionKeys', []) })}>
                {thresholdCandidates(survey.questions).map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.prompt}
                  </option>
                ))}
                <option value={WAITLIST}>{t('survey.builder.thresholdWaitlist')}</option>
              </select>
            )}
          </FormField>
          {question && question.kind !== 'scale' ? (
            <OptionsField options={question.options} register={form.register} />
          ) : null}
          {question?.kind === 'scale' ? (
            <FormField<ThresholdFormValues> name="scaleMin" label={t('survey.builder.thresholdScaleMin')}>
              {(props) => <input {...props} type="number" className="input-narrow" min={question.min ?? 0} max={question.max ?? 10} {...form.register('scaleMin')} />}
            </FormField>
          ) : null}
          <div className="question-card-row">
            <FormField<ThresholdFormValues> name="rate" label={t('survey.builder.thresholdRate')}>
              {(props) => (
                <input {...props} type="number" className="input-narrow" min={THRESHOLD_LIMITS.rate.min} max={THRESHOLD_LIMITS.rate.max} {...form.register('rate')} />
              )}
            </FormField>
            <FormField<ThresholdFormValues> name="minResponses" label={t('survey.builder.thresholdMin')}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  className="input-narrow"
                  min={THRESHOLD_LIMITS.minResponses.min}
                  max={THRESHOLD_LIMITS.minResponses.max}
                  {...form.register('minResponses')}
                />
              )}
            </FormField>
          </div>
          <Button type="submit" variant="secondary" disabled={update.isPending}>
            {t('survey.builder.thresholdSave')}
          </Button>
          {update.isError ? (
            <p role="alert" className="field-error">
              {errorText(update.error)}
            </p>
          ) : null}
        </Form>
      ) : null}
    </section>
  );
}

function OptionsField({
  options,
  register,
}: {
  options: SurveyDetail['questions'][number]['options'];
  register: UseFormRegister<ThresholdFormValues>;
}) {
  const t = useT();
  const error = useFieldError('optionKeys');
  return (
    <fieldset aria-describedby={error ? 'threshold-options-error' : undefined} aria-invalid={error ? true : undefined}>
      <legend>{t('survey.builder.thresholdOptions')}</legend>
      {options.map((option) => (
        <label key={option.key} className="inline-choice">
          <input type="checkbox" value={option.key} {...register('optionKeys')} />
          <span dir="auto">{option.label}</span>
        </label>
      ))}
      {error ? (
        <p id="threshold-options-error" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
