import { useT } from '@/i18n/i18n';

/**
 * The public survey page. Surveys arrive with issue 4; until then no link can lead to an open
 * survey, and this page says so plainly.
 */
export function RespondPage() {
  const t = useT();
  return (
    <main id="main" className="page page-narrow respond">
      <h1>{t('respond.notFoundTitle')}</h1>
      <p>{t('respond.notFound')}</p>
    </main>
  );
}
