import type { ComponentType } from 'react';
import { Suspense } from 'react';
import { formatNumber, formatPercent } from '@/i18n/format';
import { useLocale, useT } from '@/i18n/i18n';
import type { QuestionResult } from '../api/get-survey-results';
import { DataTable } from '@/components/ui/data-table';
import { chartHeight, type ChartLayout } from './chart-size';

type Chart = ComponentType<{ data: { label: string; count: number }[]; layout?: ChartLayout }>;

/** Where a chart will be, at its size, while the chart library loads: the page does not jump. */
function ChartPlaceholder({ bars, layout }: { bars: number; layout?: ChartLayout }) {
  return <div className="chart chart-placeholder" aria-hidden="true" style={{ height: chartHeight(bars, layout) }} />;
}

export function QuestionResultView({ question, total, Chart }: { question: QuestionResult; total: number; Chart: Chart }) {
  const t = useT();
  const locale = useLocale();
  const percent = (rate: number) => formatPercent(rate, locale, 0);
  const headingId = `result-${question.id}`;
  const share = (count: number) => (question.answered > 0 ? percent(count / question.answered) : '—');
  return (
    <section aria-labelledby={headingId} className="panel question-result">
      <h2 id={headingId} dir="auto">{question.position}. {question.prompt}</h2>
      <p className="muted">{t('survey.results.answered', { count: question.answered })} / {question.seen}</p>
      {question.seen !== total ? <p className="muted">{t('survey.results.seen', { seen: question.seen, total })}</p> : null}
      {question.options ? (
        <>
          <Suspense fallback={<ChartPlaceholder bars={question.options.length} layout="vertical" />}>
            <Chart layout="vertical" data={question.options.map((o) => ({ label: o.label, count: o.count }))} />
          </Suspense>
          <DataTable
            caption={question.prompt}
            headers={[t('survey.results.option'), t('survey.results.count'), t('survey.results.share')]}
            rows={question.options.map((o) => [o.label, o.count, share(o.count)])}
          />
        </>
      ) : null}
      {question.histogram ? (
        <>
          <p className="result-mean">
            {question.mean !== null && question.mean !== undefined ? t('survey.results.mean', { mean: formatNumber(question.mean, locale) }) : t('survey.results.noMean')}
          </p>
          <Suspense fallback={<ChartPlaceholder bars={question.histogram.length} />}>
            <Chart data={question.histogram.map((h) => ({ label: String(h.value), count: h.count }))} />
          </Suspense>
          <DataTable
            caption={question.prompt}
            headers={[t('survey.results.value'), t('survey.results.count'), t('survey.results.share')]}
            rows={question.histogram.map((h) => [h.value, h.count, share(h.count)])}
          />
        </>
      ) : null}
      {question.latest_text ? (
        question.latest_text.length === 0 ? (
          <p className="muted">{t('survey.results.noText')}</p>
        ) : (
          <>
            <h3>{t('survey.results.latest')}</h3>
            <ul className="text-answers">
              {question.latest_text.map((answer, i) => (
                <li key={i} dir="auto">{answer.text}</li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}
