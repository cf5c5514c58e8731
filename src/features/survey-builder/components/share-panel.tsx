import { useMemo, useState } from 'react';
import { renderSVG } from 'uqr';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import { Form, FormField, useZodForm } from '@/components/ui/form';
import type { SurveyDetail } from '@/domain/survey';
import { MAX_RESPONSES_LIMIT, surveyLimitsSchema, toLocalInput, type SurveyLimitsText } from '@/domain/survey-limits';
import { useT } from '@/i18n/i18n';
import { useClock } from '@/lib/clock';
import { useUpdateSurvey } from '../api/update-survey';

export function SharePanel({ survey }: { survey: SurveyDetail }) {
  const t = useT();
  const clock = useClock();
  const errorText = useErrorText();
  const update = useUpdateSurvey(survey.id);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const [saved, setSaved] = useState(false);
  const schema = useMemo(() => surveyLimitsSchema(clock), [clock]);
  const form = useZodForm(schema, {
    defaultValues: { closesAt: toLocalInput(survey.closes_at), limit: survey.max_responses ? String(survey.max_responses) : '' },
  });
  const link = `${window.location.origin}/s/${survey.slug}`;
  // The SVG is built from our own link text by the QR library: no user markup goes in.
  const qr = useMemo(() => renderSVG(link, { border: 2 }), [link]);

  if (survey.status === 'draft') {
    return (
      <section aria-labelledby="builder-share" className="panel">
        <h2 id="builder-share">{t('survey.share.title')}</h2>
        <p className="hint">{t('survey.share.draft')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="builder-share" className="panel share-panel">
      <h2 id="builder-share">{t('survey.share.title')}</h2>
      <Field label={t('survey.share.link')}>
        {(props) => <input {...props} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />}
      </Field>
      <div className="actions">
        <Button
          onClick={() => {
            navigator.clipboard.writeText(link).then(
              () => setCopy('copied'),
              () => setCopy('failed'),
            );
          }}
        >
          {t('survey.share.copy')}
        </Button>
        <a className="btn btn-secondary" href={`/s/${survey.slug}`} target="_blank" rel="noreferrer">
          /s/{survey.slug}
        </a>
      </div>
      <p role="status" className="hint">{copy === 'copied' ? t('survey.share.copied') : copy === 'failed' ? t('survey.share.copyFailed') : ''}</p>
      <img className="qr" alt={t('survey.share.qr')} src={`data:image/svg+xml;utf8,${encodeURIComponent(qr)}`} width={160} height={160} />
      <Form
        form={form}
        message={() => t('survey.share.invalid')}
        onSubmit={(limits) => {
          setSaved(false);
          update.mutate(limits, { onSuccess: () => setSaved(true) });
        }}
      >
        <div className="question-card-row">
          <FormField<SurveyLimitsText> name="closesAt" label={t('survey.share.closesAt')}>
            {(props) => <input {...props} type="datetime-local" {...form.register('closesAt')} />}
          </FormField>
          <FormField<SurveyLimitsText> name="limit" label={t('survey.share.maxResponses')}>
            {(props) => <input {...props} type="number" min={1} max={MAX_RESPONSES_LIMIT} className="input-narrow" {...form.register('limit')} />}
          </FormField>
        </div>
        <Button type="submit" disabled={update.isPending}>{t('survey.share.save')}</Button>
        <p role="status" className="hint">{saved ? t('survey.share.saved') : ''}</p>
        {update.isError ? <p role="alert" className="field-error">{errorText(update.error)}</p> : null}
      </Form>
    </section>
  );
}
