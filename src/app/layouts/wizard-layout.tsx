import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { isStepBlocked, planSteps, stepIndex, type PlanStep } from '@/domain/plan';
import { usePlanDraft } from '@/stores/plan-draft';
import { useT } from '@/i18n/i18n';
import { SaveStatus } from '../components/save-status';
import { StepIndicator } from '../components/step-indicator';

function currentStep(pathname: string): PlanStep {
  const name = pathname.split('/')[2];
  return (planSteps as readonly string[]).includes(name ?? '') ? (name as PlanStep) : 'niche';
}

export function WizardLayout() {
  const t = useT();
  const { pathname, hash } = useLocation();
  const step = currentStep(pathname);
  const index = stepIndex(step);
  const previous = planSteps[index - 1];
  const next = planSteps[index + 1];
  const blocked = usePlanDraft((s) => isStepBlocked(step, s.sections));
  // Nothing written yet is not a mistake to fix: say what to write instead.
  const empty = usePlanDraft((s) => step === 'niche' && !s.sections.niche?.statement?.trim());
  const [blockedNotice, setBlockedNotice] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);

  // Moving between steps moves focus to the new step's heading, as a page change would; a link to
  // a part of the step (the weekly hours, asked in the platform step) moves it there instead.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const part = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    (part ?? heading.current)?.focus();
  }, [step, hash]);

  return (
    <div className="wizard">
      <StepIndicator current={step} />
      <div className="wizard-body">
        <p className="muted">{t('wizard.stepOf', { n: index + 1, total: planSteps.length })}</p>
        <h1 ref={heading} tabIndex={-1}>
          {t(`step.${step}.title`)}
        </h1>
        <p className="lead">{t(`step.${step}.intro`)}</p>
        <Outlet />
        <div className="wizard-footer">
          {blocked ? (
            <p id="wizard-blocked" className={blockedNotice ? 'wizard-blocked field-error' : 'wizard-blocked'} role={blockedNotice ? 'alert' : undefined}>
              {t(empty ? 'wizard.blockedEmpty' : 'wizard.blocked')}
            </p>
          ) : null}
          <SaveStatus />
          <nav className="wizard-nav" aria-label={t('wizard.pager')}>
            {previous ? (
              <Link className="btn btn-secondary" to={`/plan/${previous}`}>
                {t('wizard.back', { step: t(`step.${previous}`) })}
              </Link>
            ) : null}
            {next && !blocked ? (
              <Link className="btn btn-primary" to={`/plan/${next}`}>
                {t('wizard.next', { step: t(`step.${next}`) })}
              </Link>
            ) : null}
            {next && blocked ? (
              // Not a disabled button: it stays focusable, and says why it does not go on.
              <Button variant="primary" aria-disabled="true" aria-describedby="wizard-blocked" onClick={() => setBlockedNotice(true)}>
                {t('wizard.next', { step: t(`step.${next}`) })}
              </Button>
            ) : null}
          </nav>
        </div>
      </div>
    </div>
  );
}
