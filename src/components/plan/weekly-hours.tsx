import { Link } from 'react-router';
import { useT } from '@/i18n/i18n';

/** Where the platform step asks the hours: the one place they are asked. */
export const WEEKLY_HOURS_ANCHOR = 'platform-time';
export const weeklyHoursQuestion = `/plan/platform#${WEEKLY_HOURS_ANCHOR}`;

/**
 * The hours a week the creator said they can give (weeklyHours of the plan, formatted by the
 * caller), shown where something is measured against them, with the way to the question.
 */
export function WeeklyHours({ hours }: { hours: string | null }) {
  const t = useT();
  return (
    <div className="weekly-hours">
      <p>{hours != null ? t('wizard.hours.said', { hours }) : t('wizard.hours.unknown')}</p>
      <p>
        <Link to={weeklyHoursQuestion}>{t(hours != null ? 'wizard.hours.change' : 'wizard.hours.ask')}</Link>
      </p>
    </div>
  );
}
