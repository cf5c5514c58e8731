import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import { useT } from '@/i18n/i18n';

interface EmailCodeFormProps {
  title: string;
  intro: string;
  emailLabel: string;
  sendLabel: string;
  /** Sends the code; resolves with the address it went to. */
  send: (email: string) => Promise<{ email: string }>;
  verify: (email: string, code: string) => Promise<void>;
  sending: boolean;
  verifying: boolean;
  error: unknown;
  warning?: string;
}

/** Two steps, one form each: the address, then the code it received. */
export function EmailCodeForm({ title, intro, emailLabel, sendLabel, send, verify, sending, verifying, error, warning }: EmailCodeFormProps) {
  const t = useT();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');

  function submitEmail(event: FormEvent) {
    event.preventDefault();
    void send(email).then(
      (result) => setSentTo(result.email),
      () => undefined,
    );
  }
  function submitCode(event: FormEvent) {
    event.preventDefault();
    if (sentTo) void verify(sentTo, code).catch(() => undefined);
  }

  return (
    <section className="panel email-code" aria-label={title}>
      <h2>{title}</h2>
      <p>{intro}</p>
      {warning ? <p className="hint">{warning}</p> : null}
      {sentTo === null ? (
        <form onSubmit={submitEmail} noValidate>
          <Field label={emailLabel}>
            {(props) => <input {...props} type="email" autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} />}
          </Field>
          <Button type="submit" variant="primary" disabled={sending}>
            {sendLabel}
          </Button>
        </form>
      ) : (
        <form onSubmit={submitCode} noValidate>
          <p role="status">{t('account.code.sent', { email: sentTo })}</p>
          <Field label={t('account.code.label')} hint={t('account.code.hint')}>
            {(props) => (
              <input {...props} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(event) => setCode(event.target.value)} />
            )}
          </Field>
          <div className="actions">
            <Button type="submit" variant="primary" disabled={verifying}>
              {t('account.code.verify')}
            </Button>
            <Button onClick={() => setSentTo(null)}>{t('account.code.otherEmail')}</Button>
          </div>
        </form>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {errorText(error)}
        </p>
      ) : null}
    </section>
  );
}
