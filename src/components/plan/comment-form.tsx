import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Form, FormField, useZodForm } from '@/components/ui/form';
import { useAddPlanComment } from '@/data/plan-review/add-plan-comment';
import { commentFormSchema, COMMENT_MAX_LENGTH, type CommentSection } from '@/domain/plan-review';
import { useLocale, useT } from '@/i18n/i18n';
import { formatNumber } from '@/i18n/format';

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
  const form = useZodForm(commentFormSchema, { defaultValues: { body: '' } });
  const body = useWatch({ control: form.control, name: 'body' });
  const length = [...body.trim()].length;
  const number = (n: number) => formatNumber(n, locale);
  const message = (code: string) => t(code === 'too_long' ? 'coach.comments.too_long' : 'coach.comments.empty', { max: number(COMMENT_MAX_LENGTH) });

  return (
    <Form
      form={form}
      message={message}
      className="comment-form"
      onSubmit={(values) =>
        add.mutate(
          { planId, section, body: values.body, parentId },
          {
            onSuccess: () => {
              form.reset();
              onSent?.();
            },
          },
        )
      }
    >
      <FormField<{ body: string }>
        name="body"
        label={label}
        extra={
          <span className={length > COMMENT_MAX_LENGTH ? 'field-error' : 'hint'}>
            {t('coach.comments.count', { count: length, max: COMMENT_MAX_LENGTH })}
          </span>
        }
      >
        {(props) => <textarea {...props} rows={3} {...form.register('body')} />}
      </FormField>
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
    </Form>
  );
}
