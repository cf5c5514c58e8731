import { Link } from 'react-router';
import { launchMissing, type LaunchRequirement } from '@/domain/plan';
import { useT } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';
import { weeklyHoursQuestion } from '@/components/plan/weekly-hours';

/** Where each requirement is filled in: a part of this page, or the one question in another step. */
const anchors: Record<LaunchRequirement, string> = {
  offer: '#launch-money',
  price: '#launch-money',
  conversion: '#launch-money',
  weeklyHours: weeklyHoursQuestion,
  usesBots: '#launch-targets',
};

/** What completes the Launch step (the rule of the step indicator, the summary and the coach's list), where the step is. */
export function LaunchCompletion() {
  const t = useT();
  const missing = launchMissing(usePlanDraft((s) => s.sections));
  if (missing.length === 0) return <p className="finding finding-ok launch-completion">{t('launch.completion.done')}</p>;
  return (
    <div className="launch-completion hint">
      <p>{t('launch.completion.todo')}</p>
      <ul>
        {missing.map((requirement) => {
          const target = anchors[requirement];
          const text = t(`launch.completion.${requirement}`);
          return <li key={requirement}>{target.startsWith('#') ? <a href={target}>{text}</a> : <Link to={target}>{text}</Link>}</li>;
        })}
      </ul>
    </div>
  );
}
