import { launchMissing, type LaunchRequirement, type Sections } from '@/domain/plan';
import { useT } from '@/i18n/i18n';

/** Where on the page each requirement is filled in. */
const anchors: Record<LaunchRequirement, string> = {
  offer: '#launch-money',
  price: '#launch-money',
  conversion: '#launch-money',
  hoursBudget: '#launch-targets',
  usesBots: '#launch-targets',
};

/** What completes the Launch step (the rule of the step indicator, the summary and the coach's list), where the step is. */
export function LaunchCompletion({ launch }: { launch: Sections['launch'] }) {
  const t = useT();
  const missing = launchMissing(launch);
  if (missing.length === 0) return <p className="finding finding-ok launch-completion">{t('launch.completion.done')}</p>;
  return (
    <div className="launch-completion hint">
      <p>{t('launch.completion.todo')}</p>
      <ul>
        {missing.map((requirement) => (
          <li key={requirement}>
            <a href={anchors[requirement]}>{t(`launch.completion.${requirement}`)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
