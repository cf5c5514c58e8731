import { useEffect, useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Form, FormField, useZodForm } from '@/components/ui/form';
import { useMyPlanReview } from '@/data/plan-review/get-my-plan-review';
import { useMyCoachAccess } from '@/data/plan-review/list-my-coach-access';
import { useRequestPlanReview } from '@/data/plan-review/request-plan-review';
import { openThreadCount, REVIEW_NOTE_MAX_LENGTH } from '@/domain/plan-review';
import { formatInstant, formatNumber } from '@/i18n/format';
import { useLocale, useT } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

const noteSchema = z.object({
  note: z.string().refine((note) => [...note.trim()].length <= REVIEW_NOTE_MAX_LENGTH, { message: 'too_long' }),
});

/**
 * On the summary, once a coach has access: the versions sent for review, whether the plan changed
 * since the latest, and the request for the next one (with an optional note). Nothing while no
 * coach has access: the share panel comes first.
 */
export function ReviewRequestPanel() {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const titleId = useId();
  const review = useMyPlanReview();
  const access = useMyCoachAccess();
  const request = useRequestPlanReview();
  const dirty = usePlanDraft((s) => Object.keys(s.dirty).length > 0);
  const save = usePlanDraft((s) => s.save);
  const [sent, setSent] = useState<number | null>(null);
  const form = useZodForm(noteSchema, { defaultValues: { note: '' } });
  const note = useWatch({ control: form.control, name: 'note' });
  const { refetch } = review;

  // Once the draft is saved, whether it differs from the latest version is asked again.
  useEffect(() => {
    if (save.state === 'saved') void refetch();
  }, [save, refetch]);

  const hasCoach = (access.data?.coaches ?? []).some((c) => !c.revoked_at);
  if (!review.data || !hasCoach) return null;
  const { versions, changedSinceRequest, comments } = review.data;
  const latest = versions[0];
  const next = (latest?.number ?? 0) + 1;
  const date = (iso: string) => formatInstant(iso, locale);

  return (
    <section className="panel review-request no-print" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('review.request.title')}</h2>
      <p className="hint">{t('review.request.intro')}</p>
      {comments.length > 0 ? <p className="muted">{t('review.openThreads', { count: openThreadCount(comments) })}</p> : null}
      {latest ? (
        <p className={changedSinceRequest ? '' : 'muted'}>
          {changedSinceRequest ? t('review.request.changed', { number: latest.number }) : t('review.request.upToDate', { number: latest.number })}
        </p>
      ) : null}
      {sent !== null ? (
        <p role="status" className="success">
          {t('review.request.sent', { number: sent })}
        </p>
      ) : null}
      {changedSinceRequest ? (
        <Form
          form={form}
          className="review-request-form"
          message={() => t('review.request.noteTooLong', { max: formatNumber(REVIEW_NOTE_MAX_LENGTH, locale) })}
          onSubmit={(values) =>
            request.mutate(
              { note: values.note },
              {
                onSuccess: (version) => {
                  setSent(version.number);
                  form.reset();
                },
              },
            )
          }
        >
          <FormField<{ note: string }>
            name="note"
            label={t('review.request.noteLabel')}
            hint={t('review.request.noteHint')}
            extra={
              <span className={[...note.trim()].length > REVIEW_NOTE_MAX_LENGTH ? 'field-error' : 'hint'}>
                {t('coach.comments.count', { count: [...note.trim()].length, max: REVIEW_NOTE_MAX_LENGTH })}
              </span>
            }
          >
            {(props) => <textarea {...props} rows={2} {...form.register('note')} />}
          </FormField>
          {request.isError ? (
            <p role="alert" className="field-error">
              {errorText(request.error)}
            </p>
          ) : null}
          <div className="form-actions">
            <Button type="submit" variant="primary" disabled={request.isPending || dirty} aria-describedby={dirty ? `${titleId}-saving` : undefined}>
              {request.isPending ? t('review.request.sending') : t('review.request.send', { number: next })}
            </Button>
            {dirty ? (
              <span id={`${titleId}-saving`} className="hint">
                {t('wizard.save.pending')}
              </span>
            ) : null}
          </div>
        </Form>
      ) : null}
      {versions.length > 0 ? (
        <>
          <h3>{t('review.versions.title')}</h3>
          <ol className="review-versions">
            {versions.map((version) => (
              <li key={version.number}>
                <time dateTime={version.createdAt}>{t('review.versions.item', { number: version.number, date: date(version.createdAt) })}</time>
                {version.note ? (
                  <>
                    <br />
                    <span className="muted" dir="auto">
                      {t('review.versions.note', { note: version.note })}
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
