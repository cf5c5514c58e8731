import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import { useT } from '@/i18n/i18n';
import { useAcceptCoachInvitation } from '../api/accept-coach-invitation';

/** The code a client gave (or that came in the link): accepting opens their plan. */
export function AcceptInvitationForm({ initialCode = '' }: { initialCode?: string }) {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const accept = useAcceptCoachInvitation();
  const [code, setCode] = useState(initialCode);
  const [empty, setEmpty] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) {
      setEmpty(true);
      return;
    }
    accept.mutate({ code }, { onSuccess: ({ planId }) => navigate(`/coach/plans/${planId}`) });
  }

  return (
    <form className="panel accept-invitation" onSubmit={submit} noValidate aria-labelledby="accept-invitation-title">
      <h2 id="accept-invitation-title">{t('coach.accept.title')}</h2>
      <Field label={t('coach.accept.label')} hint={t('coach.accept.hint')} error={empty ? t('coach.accept.empty') : undefined}>
        {(props) => (
          <input
            {...props}
            className="invitation-code-input"
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              setEmpty(false);
            }}
          />
        )}
      </Field>
      {accept.isError ? (
        <p role="alert" className="field-error">
          {errorText(accept.error)}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={accept.isPending}>
        {t('coach.accept.action')}
      </Button>
    </form>
  );
}
