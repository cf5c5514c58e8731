import { useT } from '@/i18n/i18n';

export default function Help() {
  const t = useT();
  return (
    <article className="page-narrow">
      <h1>{t('help.title')}</h1>
      <p>{t('help.local')}</p>
      <p>{t('help.limits')}</p>
      <h2>{t('help.stepsTitle')}</h2>
      <ol>
        <li>{t('help.step1')}</li>
        <li>{t('help.step2')}</li>
        <li>{t('help.step3')}</li>
      </ol>
      <p>{t('help.readme')}</p>
    </article>
  );
}
