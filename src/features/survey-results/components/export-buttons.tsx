import { useMutation } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { useBackend } from '@/data/backend-context';
import { toCsv } from '@/domain/csv';
import { downloadText } from '@/lib/download';
import { useT } from '@/i18n/i18n';
import { exportSurveyResponses } from '../api/export-survey-responses';
import { exportSurveyWaitlist } from '../api/export-survey-waitlist';

export function ExportButtons({ surveyId, slug }: { surveyId: string; slug: string }) {
  const t = useT();
  const errorText = useErrorText();
  const backend = useBackend();
  const responses = useMutation({
    mutationFn: async () => {
      const data = await exportSurveyResponses(backend, surveyId);
      const questions = [...data.questions].sort((a, b) => a.position - b.position).filter((q) => q.kind !== 'email_optin');
      const rows = [
        [t('survey.results.exportHeaderId'), t('survey.results.exportHeaderDate'), ...questions.map((q) => q.prompt)],
        ...data.rows.map((row) => [row.id, row.created_at, ...questions.map((q) => row.answers[q.id] ?? '')]),
      ];
      downloadText(`${slug}-responses.csv`, toCsv(rows), 'text/csv;charset=utf-8');
    },
  });
  const waitlist = useMutation({
    mutationFn: async () => {
      const data = await exportSurveyWaitlist(backend, surveyId);
      const rows = [
        [t('survey.results.exportHeaderEmail'), t('survey.results.exportHeaderConsent'), t('survey.results.exportHeaderDate')],
        ...data.map((row) => [row.email, row.consent_at, row.created_at]),
      ];
      downloadText(`${slug}-waitlist.csv`, toCsv(rows), 'text/csv;charset=utf-8');
    },
  });
  const error = responses.error ?? waitlist.error;
  return (
    <div className="actions" role="group" aria-label={t('survey.results.export')}>
      <Button onClick={() => responses.mutate()} disabled={!backend || responses.isPending}>{t('survey.results.exportResponses')}</Button>
      <Button onClick={() => waitlist.mutate()} disabled={!backend || waitlist.isPending}>{t('survey.results.exportWaitlist')}</Button>
      {error ? <p role="alert" className="field-error">{errorText(error)}</p> : null}
    </div>
  );
}
