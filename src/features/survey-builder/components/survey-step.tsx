import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SectionComments } from '@/components/plan/section-comments';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { isBlocked, lintNiche } from '@/domain/niche-lint';
import { surveyTemplate } from '@/domain/survey-template';
import { useLocale, useT } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';
import { useCreateSurvey } from '../api/create-survey';
import { templateText } from '../lib/template-text';
import { useMySurveys } from '../api/list-my-surveys';
import { PostEvidenceForm } from './post-evidence-form';

export function SurveyStep() {
  const t = useT();
  const errorText = useErrorText();
  const appLocale = useLocale();
  const navigate = useNavigate();
  const niche = usePlanDraft((s) => s.sections.niche);
  const survey = usePlanDraft((s) => s.sections.survey);
  const setSection = usePlanDraft((s) => s.setSection);
  const [locale, setLocale] = useState(appLocale);
  const surveys = useMySurveys();
  const create = useCreateSurvey();
  const nicheReady = !!niche && !isBlocked(lintNiche(niche.statement));

  const createFromNiche = async () => {
    if (!niche) return;
    const template = surveyTemplate(niche, locale, templateText(locale));
    try {
      // mutateAsync: the follow-up runs even if this step re-renders while the survey is created.
      const created = await create.mutateAsync({ title: template.title, intro: template.intro, locale, questions: template.questions });
      setSection('survey', { ...usePlanDraft.getState().sections.survey, surveyId: created.id });
      await navigate(`/surveys/${created.id}/edit`);
    } catch {
      // The error is shown from create.error below.
    }
  };

  return (
    <div className="survey-step">
      <SectionComments section="survey" />
      {!nicheReady ? (
        <Alert tone="warning">
          <p>
            {t('survey.step.needNiche')} <Link to="/plan/niche">{t('survey.step.toNiche')}</Link>
          </p>
        </Alert>
      ) : null}

      <section aria-labelledby="survey-mine">
        <h2 id="survey-mine">{t('survey.step.mine')}</h2>
        {surveys.isPending ? (
          <p role="status">{t('common.loading')}</p>
        ) : surveys.isError ? (
          <p role="alert" className="field-error">{errorText(surveys.error)}</p>
        ) : surveys.data.length === 0 ? (
          <p className="empty-state">{t('survey.step.none')}</p>
        ) : (
          <ul className="survey-list">
            {surveys.data.map((item) => (
              <li key={item.id} className="survey-item">
                <div>
                  <p className="survey-item-title" dir="auto">{item.title}</p>
                  <p className="muted">
                    <span className={`status-badge status-${item.status}`}>{t(`survey.status.${item.status}`)}</span>{' '}
                    {t('survey.step.responses', { count: item.response_count })}
                  </p>
                </div>
                <div className="actions">
                  <Link className="btn btn-secondary" to={`/surveys/${item.id}/edit`} aria-label={t('survey.step.edit', { title: item.title })}>
                    {t('survey.step.editShort')}
                  </Link>
                  {item.status !== 'draft' ? (
                    <Link className="btn btn-secondary" to={`/surveys/${item.id}/results`} aria-label={t('survey.step.results', { title: item.title })}>
                      {t('survey.builder.results')}
                    </Link>
                  ) : null}
                  <Button
                    aria-pressed={survey?.surveyId === item.id}
                    onClick={() => setSection('survey', { ...survey, surveyId: item.id })}
                  >
                    {survey?.surveyId === item.id ? t('survey.step.used') : t('survey.step.use')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="survey-create" className="panel">
        <h2 id="survey-create">{t('survey.step.createTitle')}</h2>
        <p className="hint">{t('survey.step.createHelp')}</p>
        <fieldset className="inline-fieldset">
          <legend>{t('survey.step.language')}</legend>
          {(['fr', 'en'] as const).map((option) => (
            <label key={option} className="inline-choice">
              <input type="radio" name="survey-locale" value={option} checked={locale === option} onChange={() => setLocale(option)} />
              <span lang={option}>{t(`lang.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <Button variant="primary" disabled={!nicheReady || create.isPending} onClick={() => void createFromNiche()}>
          {create.isPending ? t('survey.step.creating') : t('survey.step.create')}
        </Button>
        {create.isError ? <p role="alert" className="field-error">{errorText(create.error)}</p> : null}
      </section>

      <PostEvidenceForm />
    </div>
  );
}
