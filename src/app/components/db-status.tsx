import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { useT } from '@/i18n/i18n';

/** The local database's state, on screen: opening (and what works meanwhile), ready, or what to do when it fails. */
export function DbStatus() {
  const t = useT();
  const backend = useBackend();
  const status = useDbStatus();
  const local = backend.local;
  if (!local) return null;

  if (status.state === 'starting') {
    return (
      <p className="db-status db-status-starting" role="status">
        <span className="db-status-spinner" aria-hidden="true" />
        <strong>{t('db.starting')}</strong> {t('db.startingHint')}
      </p>
    );
  }
  if (status.state === 'ready') {
    return status.persistent ? (
      <p className="db-status db-status-ready" role="status">
        <span aria-hidden="true">✓ </span>
        {t('db.ready')}
      </p>
    ) : (
      <Alert tone="warning">{t('db.memory')}</Alert>
    );
  }
  const reason =
    status.reason === 'storage' ? t('db.failedStorage') : status.reason === 'migration' ? t('db.failedMigration') : null;
  return (
    <Alert tone="error" title={t('db.failed')}>
      {reason ? <p>{reason}</p> : null}
      <p>{t('db.failedWhatToDo')}</p>
      <p className="muted">
        <code>{status.detail}</code>
      </p>
      <div className="actions">
        <Button variant="primary" onClick={() => local.retry()}>
          {t('db.retry')}
        </Button>
        <Button onClick={() => local.retry({ inMemory: true })}>{t('db.useMemory')}</Button>
        <Button
          variant="danger"
          onClick={() => {
            if (window.confirm(t('db.resetConfirm'))) void local.reset();
          }}
        >
          {t('db.reset')}
        </Button>
      </div>
    </Alert>
  );
}
