import { lazy, useCallback } from 'react';
import { CoachReview, type BuildPlanDocument } from '@/features/coach/components/coach-review';
import type { QuestionResultComponent } from '@/features/coach/components/survey-results-section';
import { useOptionalT } from '@/features/plan-summary/hooks/use-optional-t';
import { useToday } from '@/data/profile/use-today';
import { buildSummaryDocument } from '@/features/plan-summary/lib/summary-document';
import { QuestionResultView } from '@/features/survey-results/components/question-result';
import { useLocale, useT } from '@/i18n/i18n';

// The review page composes three features, which do not import each other: the coach's page, the
// plan as the summary writes it, and the results page's charts (recharts loads after the text).
const BarChartView = lazy(() => import('@/features/survey-results/components/bar-chart-view'));

const QuestionResult: QuestionResultComponent = ({ question, total }) => (
  <QuestionResultView question={question} total={total} Chart={BarChartView} />
);

export default function CoachReviewRoute() {
  const t = useT();
  const locale = useLocale();
  const optional = useOptionalT();
  const today = useToday();
  const buildDocument = useCallback<BuildPlanDocument>(
    (input) => buildSummaryDocument({ ...input, today, locale, t, optional }),
    [today, locale, t, optional],
  );
  return <CoachReview buildDocument={buildDocument} QuestionResult={QuestionResult} />;
}
