import { useT } from '@/i18n/i18n';

export function ConfigErrorPage({ problems }: { problems: string[] }) {
  const t = useT();
  return (
    <main className="page page-narrow" id="main">
      <h1>{t('config.title')}</h1>
      <p>{t('config.body')}</p>
      <p>{t('config.expected')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
