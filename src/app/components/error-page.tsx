import { Button } from '@/components/ui/button';
import { useT } from '@/i18n/i18n';

export function ErrorPage({ error }: { error: unknown }) {
  const t = useT();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="page page-narrow" id="main">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </Button>
      <details className="error-details">
        <summary>{t('error.details')}</summary>
        <pre>{detail}</pre>
      </details>
    </main>
  );
}
