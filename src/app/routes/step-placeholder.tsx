import { useT } from '@/i18n/i18n';

/** Wizard steps whose issue has not landed yet: honest about it, and nothing entered is lost. */
export function StepPlaceholder() {
  const t = useT();
  return <p className="empty-state">{t('wizard.notYetBuilt')}</p>;
}
