import { useId } from 'react';
import { NICHE_STATEMENT_MAX } from '@/domain/plan';
import { useT } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

/** The niche statement. Issue 3 adds the guided prompts, the word count and the lint. */
export function NicheStep() {
  const t = useT();
  const id = useId();
  const niche = usePlanDraft((s) => s.sections.niche);
  const setSection = usePlanDraft((s) => s.setSection);
  const statement = niche?.statement ?? '';
  return (
    <div className="field">
      <label htmlFor={id}>{t('niche.statement.label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('niche.statement.hint')}
      </p>
      <textarea
        id={id}
        rows={2}
        maxLength={NICHE_STATEMENT_MAX}
        aria-describedby={`${id}-hint`}
        value={statement}
        onChange={(event) => setSection('niche', { ...niche, statement: event.target.value })}
      />
    </div>
  );
}
