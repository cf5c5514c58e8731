import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import type { SurveyDetail } from '@/domain/survey';
import { useT } from '@/i18n/i18n';
import { useCloseSurvey } from '../api/close-survey';
import { useDeleteSurvey } from '../api/delete-survey';
import { useDuplicateSurvey } from '../api/duplicate-survey';
import { usePublishSurvey } from '../api/publish-survey';
import { useReopenSurvey } from '../api/reopen-survey';

export function PublishPanel({ survey, allSaved }: { survey: SurveyDetail; allSaved: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const publish = usePublishSurvey();
  const close = useCloseSurvey();
  const reopen = useReopenSurvey();
  const duplicate = useDuplicateSurvey();
  const remove = useDeleteSurvey();
  const checks = [
    { label: t('survey.builder.checkQuestions'), done: survey.questions.length > 0 },
    { label: t('survey.builder.checkHypothesis'), done: survey.hypothesis !== '' },
    { label: t('survey.builder.checkThreshold'), done: survey.threshold !== null },
    { label: t('survey.builder.checkSaved'), done: allSaved },
  ];
  const ready = checks.every((c) => c.done);
  const error = publish.error ?? close.error ?? reopen.error ?? duplicate.error ?? remove.error;

  return (
    <section aria-labelledby="builder-publish" className="panel">
      <h2 id="builder-publish">
        {survey.status === 'draft'
          ? t('survey.builder.checklist')
          : survey.status === 'published'
            ? t('survey.builder.panelPublished')
            : t('survey.builder.panelClosed')}
      </h2>
      {survey.status === 'draft' ? (
        <>
          <ul className="checklist">
            {checks.map((check) => (
              <li key={check.label} className={check.done ? 'check-done' : 'check-todo'}>
                <span aria-hidden="true">{check.done ? '✓' : '○'}</span> {check.label}{' '}
                <span className="visually-hidden">({check.done ? t('survey.builder.done') : t('survey.builder.todo')})</span>
              </li>
            ))}
          </ul>
          <Button
            variant="primary"
            aria-disabled={!ready}
            aria-describedby={ready ? undefined : 'publish-blocked'}
            busy={publish.isPending}
            busyLabel={t('survey.builder.publishing')}
            onClick={() => ready && publish.mutate(survey.id)}
          >
            {t('survey.builder.publish')}
          </Button>
          {!ready ? <p id="publish-blocked" className="hint">{t('survey.builder.publishBlocked')}</p> : null}
        </>
      ) : (
        <div className="actions">
          <Link className="btn btn-primary" to={`/surveys/${survey.id}/results`}>{t('survey.builder.results')}</Link>
          {survey.status === 'published' ? (
            <Button onClick={() => close.mutate(survey.id)} busy={close.isPending} busyLabel={t('common.busy')}>{t('survey.builder.close')}</Button>
          ) : (
            <Button onClick={() => reopen.mutate(survey.id)} busy={reopen.isPending} busyLabel={t('common.busy')}>{t('survey.builder.reopen')}</Button>
          )}
        </div>
      )}
      <div className="actions">
        <Button
          busy={duplicate.isPending}
          busyLabel={t('common.busy')}
          onClick={() => duplicate.mutate(survey.id, { onSuccess: (copy) => void navigate(`/surveys/${copy.id}/edit`) })}
        >
          {t('survey.builder.duplicate')}
        </Button>
        <Button
          variant="danger"
          busy={remove.isPending}
          busyLabel={t('common.busy')}
          onClick={() => {
            if (window.confirm(t('survey.builder.deleteConfirm'))) {
              remove.mutate(survey.id, { onSuccess: () => void navigate('/plan/survey') });
            }
          }}
        >
          {t('survey.builder.delete')}
        </Button>
      </div>
      {error ? <p role="alert" className="field-error">{errorText(error)}</p> : null}
    </section>
  );
}
