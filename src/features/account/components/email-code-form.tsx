import { useState } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Form, FormField, useZodForm } from '@/components/ui/form';
import { BackendError, isErrorKey } from '@/data/errors';
import { useT } from '@/i18n/i18n';
import { emailSchema } from '../api/request-email-code';
import { otpSchema } from '../api/verify-email-code';

// The same rules the account functions apply; their messages are error keys, shown as the
// server's errors are.
const emailForm = z.object({ email: emailSchema });
const codeForm = z.object({ code: otpSchema });

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
  const message = (code: string) => errorText(new BackendError(isErrorKey(code) ? code : 'unknown'));
  const [sentTo, setSentTo] = useState<string | null>(null);
  const email = useZodForm(emailForm, { defaultValues: { email: '' } });
  const code = useZodForm(codeForm, { defaultValues: { code: '' } });

  return (
    <section className="panel email-code" aria-label={title}>
      <h2>{title}</h2>
      <p>{intro}</p>
      {warning ? <p className="hint">{warning}</p> : null}
      {sentTo === null ? (
        <Form
          form={email}
          message={message}
          onSubmit={(values) =>
            send(values.email).then(
              (result) => setSentTo(result.email),
              () => undefined,
            )
          }
        >
          <FormField<{ email: string }> name="email" label={emailLabel}>
            {(props) => <input {...props} type="email" autoComplete="email" {...email.register('email')} />}
          </FormField>
          <Button type="submit" variant="primary" disabled={sending}>
            {sendLabel}
          </Button>
        </Form>
      ) : (
        <Form form={code} message={message} onSubmit={(values) => verify(sentTo, values.code).catch(() => undefined)}>
          <p role="status">{t('account.code.sent', { email: sentTo })}</p>
          <FormField<{ code: string }> name="code" label={t('account.code.label')} hint={t('account.code.hint')}>
            {(props) => <input {...props} inputMode="numeric" autoComplete="one-time-code" {...code.register('code')} />}
          </FormField>
          <div className="actions">
            <Button type="submit" variant="primary" disabled={verifying}>
              {t('account.code.verify')}
            </Button>
            <Button onClick={() => setSentTo(null)}>{t('account.code.otherEmail')}</Button>
          </div>
        </Form>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {errorText(error)}
        </p>
      ) : null}
    </section>
  );
}
