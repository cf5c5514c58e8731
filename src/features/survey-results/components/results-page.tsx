import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { VerdictCard } from '@/components/survey/verdict-card';
import { Alert } from '@/components/ui/alert';
import { useErrorText } from '@/components/ui/error-message';
import { countedEvidence, verdictStrength } from '@/domain/evidence';
import { thresholdVerdict } from '@/domain/verdict';
import { useT } from '@/i18n/i18n';
import { useSurveyResults } from '../api/get-survey-results';
import { ExportButtons } from './export-buttons';
import { LearningCardPanel } from './learning-card-panel';
import { QuestionResultView } from './question-result';
import { DataTable } from '@/components/ui/data-table';

// recharts is the heaviest part of this page: it arrives after the figures and tables.
const BarChartView = lazy(() => import('./bar-chart-view'));

export function ResultsPage() {
  const t = useT();
  const errorText = useErrorText();
  const { surveyId = '' } = useParams();
  const query = useSurveyResults(surveyId);

  if (query.isPending) return <p role="status">{t('survey.results.loading')}</p>;
  if (query.isError) {
    return (
      <>
        <h1>{t('survey.verdict.title')}</h1>
        <Alert tone="error">{errorText(query.error)}</Alert>
        <Link to="/plan/survey">{t('survey.builder.back')}</Link>
      </>
    );
  }
  const { survey, results } = query.data;
  const result = thresholdVerdict(results.threshold);
  const strength = verdictStrength(result, countedEvidence(results.threshold, survey.questions));

  return (
    <div className="results">
      <p><Link to={`/surveys/${survey.id}/edit`}>← {t('survey.results.back')}</Link></p>
      <h1 dir="auto">{t('survey.results.title', { title: survey.title })}</h1>
      <VerdictCard verdict={result} strength={strength} hypothesis={survey.hypothesis} />
      {survey.status === 'closed' ? <LearningCardPanel surveyId={survey.id} /> : null}
      <section aria-labelledby="results-totals" className="panel">
        <h2 id="results-totals">{t('survey.results.totals')}</h2>
        <dl className="totals">
          <div><dt>{t('survey.results.responses')}</dt><dd>{results.total_responses}</dd></div>
          <div><dt>{t('survey.results.waitlist')}</dt><dd>{results.waitlist_count}</dd></div>
        </dl>
        <ExportButtons surveyId={survey.id} slug={survey.slug} />
      </section>
      {results.total_responses === 0 ? (
        <p className="empty-state">{t('survey.results.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="results-per-day" className="panel">
            <h2 id="results-per-day">{t('survey.results.perDay')}</h2>
            <Suspense fallback={null}>
              <BarChartView data={results.per_day.map((d) => ({ label: d.day, count: d.count }))} />
            </Suspense>
            <DataTable
              caption={t('survey.results.perDay')}
              headers={[t('survey.results.day'), t('survey.results.count')]}
              rows={results.per_day.map((d) => [d.day, d.count])}
            />
          </section>
          {results.questions.map((question) => (
            <QuestionResultView key={question.id} question={question} total={results.total_responses} Chart={BarChartView} />
          ))}
        </>
      )}
    </div>
  );
}
