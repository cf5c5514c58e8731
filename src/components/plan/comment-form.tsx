import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import { useAddPlanComment } from '@/data/plan-review/add-plan-comment';
import { commentIssue, COMMENT_MAX_LENGTH, type CommentSection } from '@/domain/plan-review';
import { useLocale, useT } from '@/i18n/i18n';

interface CommentFormProps {
  planId: string;
  section: CommentSection;
  /** Replying in a thread: its first comment. */
  parentId?: string | null;
  label: string;
  submitLabel: string;
  onSent?: () => void;
  onCancel?: () => void;
}

/** Writes a comment or a reply. Plain text: whatever is typed is shown as typed, never as HTML. */
export function CommentForm({ planId, section, parentId = null, label, submitLabel, onSent, onCancel }: CommentFormProps) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const add = useAddPlanComment();
  const [body, setBody] = useState('');
  const [issue, setIssue] = useState<'empty' | 'too_long' | null>(null);
  const length = [...body.trim()].length;
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = commentIssue(body);
    setIssue(found);
    if (found) return;
    add.mutate(
      { planId, section, body, parentId },
      {
        onSuccess: () => {
          setBody('');
          onSent?.();
        },
      },
    );
  }

  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <Field
        label={label}
        error={issue ? t(`coach.comments.${issue}`, { max: number(COMMENT_MAX_LENGTH) }) : undefined}
        extra={
          <span className={length > COMMENT_MAX_LENGTH ? 'field-error' : 'hint'}>
            {t('coach.comments.count', { count: number(length), max: number(COMMENT_MAX_LENGTH) })}
          </span>
        }
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={body}
            onChange={(event) => {
              setBody(event.target.value);
              if (issue) setIssue(null);
            }}
          />
        )}
      </Field>
      {add.isError ? (
        <p role="alert" className="field-error">
          {errorText(add.error)}
        </p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={add.isPending}>
          {add.isPending ? t('coach.comments.sending') : submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('coach.comments.cancel')}</Button> : null}
      </div>
    </form>
  );
}
