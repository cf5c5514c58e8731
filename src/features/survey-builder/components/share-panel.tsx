import { useMemo, useState } from 'react';
import { renderSVG } from 'uqr';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import type { SurveyDetail } from '@/domain/survey';
import { useT } from '@/i18n/i18n';
import { useClock } from '@/lib/clock';
import { useUpdateSurvey } from '../api/update-survey';

/** A datetime-local value (local time, no zone) for an ISO instant, and back. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function SharePanel({ survey }: { survey: SurveyDetail }) {
  const t = useT();
  const clock = useClock();
  const errorText = useErrorText();
  const update = useUpdateSurvey(survey.id);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const [closesAt, setClosesAt] = useState(toLocalInput(survey.closes_at));
  const [limit, setLimit] = useState(survey.max_responses ? String(survey.max_responses) : '');
  const [saved, setSaved] = useState(false);
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

  const closes = closesAt ? new Date(closesAt) : null;
  const max = limit.trim() === '' ? null : Number(limit);
  const valid = (!closes || (!Number.isNaN(closes.getTime()) && closes.getTime() > clock())) && (max === null || (Number.isInteger(max) && max >= 1 && max <= 100_000));

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
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          setSaved(false);
          update.mutate(
            { closesAt: closes ? closes.toISOString() : null, maxResponses: max },
            { onSuccess: () => setSaved(true) },
          );
        }}
      >
        <div className="question-card-row">
          <Field label={t('survey.share.closesAt')}>
            {(props) => <input {...props} type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />}
          </Field>
          <Field label={t('survey.share.maxResponses')}>
            {(props) => <input {...props} type="number" min={1} max={100000} className="input-narrow" value={limit} onChange={(e) => setLimit(e.target.value)} />}
          </Field>
        </div>
        {!valid ? <p className="field-error">{t('survey.share.invalid')}</p> : null}
        <Button type="submit" aria-disabled={!valid} disabled={update.isPending}>{t('survey.share.save')}</Button>
        <p role="status" className="hint">{saved ? t('survey.share.saved') : ''}</p>
        {update.isError ? <p role="alert" className="field-error">{errorText(update.error)}</p> : null}
      </form>
    </section>
  );
}
