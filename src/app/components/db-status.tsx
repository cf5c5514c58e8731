import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useBackend, useDbStatus } from '@/data/backend-context';
import { useT } from '@/i18n/i18n';

/** The local database's state: quiet while it opens, explicit when it fails or keeps nothing. */
export function DbStatus() {
  const t = useT();
  const backend = useBackend();
  const status = useDbStatus();
  const local = backend?.local;
  if (!local) return null;

  if (status.state === 'starting') {
    return (
      <p className="db-status" role="status">
        {t('db.starting')}
      </p>
    );
  }
  if (status.state === 'ready') {
    return status.persistent ? (
      <p className="db-status db-status-ready" role="status">
        <span className="visually-hidden">{t('db.ready')}</span>
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
