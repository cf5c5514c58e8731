import { Link } from 'react-router';
import { useT } from '@/i18n/i18n';

export default function NotFound() {
  const t = useT();
  return (
    <div className="page-narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/plan/niche">{t('notFound.home')}</Link>
    </div>
  );
}
