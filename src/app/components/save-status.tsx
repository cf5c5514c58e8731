import { Button } from '@/components/ui/button';
import { useDbStatus } from '@/data/backend-context';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

export function SaveStatus() {
  const t = useT();
  const save = usePlanDraft((s) => s.save);
  const dirty = usePlanDraft((s) => Object.keys(s.dirty).length > 0);
  const requestSave = usePlanDraft((s) => s.requestSave);
  const db = useDbStatus();

  if (save.state === 'error') {
    return (
      <div className="save-status save-error" role="alert">
        {t('wizard.save.error', { reason: t(`errors.${save.key}` as MessageKey) })}{' '}
        <Button onClick={requestSave}>{t('wizard.save.retry')}</Button>
      </div>
    );
  }
  const text =
    dirty && db.state !== 'ready'
      ? t('wizard.save.waiting')
      : save.state === 'saving'
        ? t('wizard.save.saving')
        : dirty
          ? t('wizard.save.pending')
          : save.state === 'saved'
            ? t('wizard.save.saved')
            : t('wizard.save.idle');
  return (
    <p className="save-status" role="status" data-state={dirty ? 'dirty' : save.state}>
      {text}
    </p>
  );
}
