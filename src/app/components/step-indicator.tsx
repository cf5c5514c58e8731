import { NavLink } from 'react-router';
import { isStepComplete, planSteps, type PlanStep } from '@/domain/plan';
import { useT } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

export function StepIndicator({ current }: { current: PlanStep }) {
  const t = useT();
  const sections = usePlanDraft((s) => s.sections);
  return (
    <nav aria-label={t('wizard.steps')} className="step-indicator">
      <ol>
        {planSteps.map((step, index) => {
          const complete = isStepComplete(step, sections);
          return (
            <li key={step} className={complete ? 'step-complete' : undefined}>
              <NavLink to={`/plan/${step}`} aria-current={step === current ? 'step' : undefined}>
                <span className="step-number" aria-hidden="true">
                  {complete ? '✓' : index + 1}
                </span>
                <span className="step-label">{t(`step.${step}`)}</span>
                <span className="visually-hidden">
                  {' '}
                  ({complete ? t('wizard.complete') : t('wizard.incomplete')})
                </span>
              </NavLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
