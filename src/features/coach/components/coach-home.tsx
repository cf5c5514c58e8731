import { useT } from '@/i18n/i18n';

export function CoachHome() {
  const t = useT();
  return (
    <>
      <h1>{t('coach.title')}</h1>
      <p className="lead">{t('coach.intro')}</p>
      <p className="empty-state">{t('coach.empty')}</p>
    </>
  );
}
