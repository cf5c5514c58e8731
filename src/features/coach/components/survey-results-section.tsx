import type { ComponentType } from 'react';
import { Alert } from '@/components/ui/alert';
import { useErrorText } from '@/components/ui/error-message';
import { useT } from '@/i18n/i18n';
import { usePlanSurveyResults, type PlanSurveyQuestion } from '../api/get-plan-survey-results';
import type { PlanSurvey } from '../api/coach-schemas';

/** How one question's results are drawn: the results page's own view, handed in by the route. */
export type QuestionResultComponent = ComponentType<{ question: PlanSurveyQuestion; total: number }>;

/**
 * The answers to the survey the plan relies on, per question, with the same charts as the results
 * page (the verdict itself is in the plan's text above).
 */
export function SurveyResultsSection({ survey, QuestionResult }: { survey: NonNullable<PlanSurvey>; QuestionResult: QuestionResultComponent }) {
  const t = useT();
  const errorText = useErrorText();
  const results = usePlanSurveyResults(survey.id);
  return (
    <div className="coach-survey">
      <p>
        <strong dir="auto">{survey.title}</strong> <span className="muted">· {t('coach.list.responses', { count: survey.responses })}</span>
      </p>
      {results.isPending ? (
        <p role="status">{t('survey.results.loading')}</p>
      ) : results.isError ? (
        <Alert tone="error">{errorText(results.error)}</Alert>
      ) : results.data.total_responses === 0 ? (
        <p className="empty-state">{t('coach.review.noResponses')}</p>
      ) : (
        <details className="coach-survey-details">
          <summary>{t('coach.review.surveyDetails', { count: results.data.questions.length })}</summary>
          {results.data.questions.map((question) => (
            <QuestionResult key={question.id} question={question} total={results.data.total_responses} />
          ))}
        </details>
      )}
    </div>
  );
}
