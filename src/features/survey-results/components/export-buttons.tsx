import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { responsesCsvRows, toCsv } from '@/domain/csv';
import { downloadText } from '@/lib/download';
import { useT } from '@/i18n/i18n';
import { useExportSurveyResponses } from '../api/export-survey-responses';
import { useExportSurveyWaitlist } from '../api/export-survey-waitlist';

export function ExportButtons({ surveyId, slug }: { surveyId: string; slug: string }) {
  const t = useT();
  const errorText = useErrorText();
  const responses = useExportSurveyResponses(surveyId);
  const waitlist = useExportSurveyWaitlist(surveyId);
  const downloadResponses = () =>
    responses.mutate(undefined, {
      onSuccess: (data) => {
        const rows = responsesCsvRows(data, { id: t('survey.results.exportHeaderId'), date: t('survey.results.exportHeaderDate') });
        downloadText(`${slug}-responses.csv`, toCsv(rows), 'text/csv;charset=utf-8');
      },
    });
  const downloadWaitlist = () =>
    waitlist.mutate(undefined, {
      onSuccess: (data) => {
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
      <Button onClick={downloadResponses} disabled={responses.isPending}>{t('survey.results.exportResponses')}</Button>
      <Button onClick={downloadWaitlist} disabled={waitlist.isPending}>{t('survey.results.exportWaitlist')}</Button>
      {error ? <p role="alert" className="field-error">{errorText(error)}</p> : null}
    </div>
  );
}
