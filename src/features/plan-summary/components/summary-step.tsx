import { useT } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

export function SummaryStep() {
  const t = useT();
  const statement = usePlanDraft((s) => s.sections.niche?.statement?.trim() ?? '');
  return (
    <section aria-labelledby="summary-niche" className="summary-section">
      <h2 id="summary-niche">{t('summary.niche')}</h2>
      {statement ? <p className="summary-statement">{statement}</p> : <p className="muted">{t('summary.empty')}</p>}
    </section>
  );
}
