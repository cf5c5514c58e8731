import { BackendError, type ErrorKey } from '@/data/errors';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n';

type ErrorMessageKey = `errors.${ErrorKey}`;
// Fails the type check when an error key has no message in the catalogues.
const everyErrorHasAMessage: ErrorMessageKey extends MessageKey ? true : never = true;
void everyErrorHasAMessage;

/** The translated sentence for any error a call can raise. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    const key: ErrorMessageKey = `errors.${error instanceof BackendError ? error.key : 'unknown'}`;
    return t(key);
  };
}
