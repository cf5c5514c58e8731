import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { SurveyForm, type FormValues } from '@/components/survey/survey-form';
import { Alert } from '@/components/ui/alert';
import { useErrorText } from '@/components/ui/error-message';
import { useT } from '@/i18n/i18n';
import { useRespondT } from '@/i18n/respond';
import type { Locale } from '@/i18n/i18n';
import { useSurvey } from '../api/get-survey';
import { PublishPanel } from './publish-panel';
import { QuestionsEditor, type QuestionsSaveState } from './questions-editor';
import { SettingsForm } from './settings-form';
import { SharePanel } from './share-panel';
import { ThresholdForm } from './threshold-form';

/** Said in the survey's language, as the preview below it. */
function PreviewNote({ locale }: { locale: Locale }) {
  const { t } = useRespondT(locale);
  return <p className="hint">{t('respond.preview')}</p>;
}

export function BuilderPage() {
  const t = useT();
  const errorText = useErrorText();
  const { surveyId = '' } = useParams();
  const survey = useSurvey(surveyId);
  const [questionsState, setQuestionsState] = useState<QuestionsSaveState>('idle');
  const [preview, setPreview] = useState<FormValues>({ values: {}, email: '', consent: false });
  const onStateChange = useCallback((state: QuestionsSaveState) => setQuestionsState(state), []);

  if (survey.isPending) return <p role="status">{t('survey.builder.loading')}</p>;
  if (survey.isError) {
    return (
      <>
        <h1>{t('survey.step.mine')}</h1>
        <Alert tone="error">{errorText(survey.error)}</Alert>
        <Link to="/plan/survey">{t('survey.builder.back')}</Link>
      </>
    );
  }
  const data = survey.data;
  const locked = data.response_count > 0;
  return (
    <div className="builder">
      <p><Link to="/plan/survey">← {t('survey.builder.back')}</Link></p>
      <h1 dir="auto">{data.title}</h1>
      <p className="muted">
        <span className={`status-badge status-${data.status}`}>{t(`survey.status.${data.status}`)}</span>{' '}
        {t('survey.step.responses', { count: data.response_count })}
      </p>
      <div className="builder-grid">
        <div className="builder-main">
          <SettingsForm key={`settings-${data.id}-${data.status}`} survey={data} />
          {locked ? (
            <Alert tone="info">{t('survey.builder.locked')}</Alert>
          ) : (
            <QuestionsEditor key={`questions-${data.id}`} survey={data} onStateChange={onStateChange} />
          )}
          <ThresholdForm key={`threshold-${data.id}`} survey={data} />
        </div>
        <div className="builder-side">
          <PublishPanel survey={data} allSaved={questionsState === 'idle' || questionsState === 'saved'} />
          <SharePanel key={`share-${data.id}`} survey={data} />
        </div>
      </div>
      <section aria-labelledby="builder-preview" className="panel preview" lang={data.locale}>
        <h2 id="builder-preview">{t('survey.builder.preview')}</h2>
        <PreviewNote locale={data.locale} />
        <div className="respond preview-frame">
          <p className="preview-title" dir="auto">{data.title}</p>
          {data.intro ? <p dir="auto">{data.intro}</p> : null}
          <SurveyForm survey={{ ...data, status: 'open' }} form={preview} onChange={setPreview} />
        </div>
      </section>
    </div>
  );
}
