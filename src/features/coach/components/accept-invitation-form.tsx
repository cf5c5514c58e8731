import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Form, FormField, useZodForm } from '@/components/ui/form';
import { useT } from '@/i18n/i18n';
import { acceptCoachInvitationInput, useAcceptCoachInvitation, type AcceptCoachInvitationInput } from '../api/accept-coach-invitation';

/** The code a client gave (or that came in the link): accepting opens their plan. */
export function AcceptInvitationForm({ initialCode = '' }: { initialCode?: string }) {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const accept = useAcceptCoachInvitation();
  const form = useZodForm(acceptCoachInvitationInput, { defaultValues: { code: initialCode } });
  const message = (code: string) => t(code === 'too_long' ? 'coach.accept.tooLong' : 'coach.accept.empty');

  return (
    <Form
      form={form}
      message={message}
      className="panel accept-invitation"
      aria-labelledby="accept-invitation-title"
      onSubmit={(values) => accept.mutate(values, { onSuccess: ({ planId }) => void navigate(`/coach/plans/${planId}`) })}
    >
      <h2 id="accept-invitation-title">{t('coach.accept.title')}</h2>
      <FormField<AcceptCoachInvitationInput> name="code" label={t('coach.accept.label')} hint={t('coach.accept.hint')}>
        {(props) => <input {...props} className="invitation-code-input" autoComplete="off" spellCheck={false} {...form.register('code')} />}
      </FormField>
      {accept.isError ? (
        <p role="alert" className="field-error">
          {errorText(accept.error)}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={accept.isPending}>
        {t('coach.accept.action')}
      </Button>
    </Form>
  );
}
