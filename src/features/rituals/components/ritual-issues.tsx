import type { ScheduleIssue } from '@/domain/ritual-schedule';
import { useT } from '@/i18n/i18n';
import { useDateFormat } from '../hooks/use-date-format';

/** What the schedule found wrong or worth knowing about one ritual, in plain words. */
export function RitualIssues({ issues, time, onUseLast }: { issues: ScheduleIssue[]; time: string; onUseLast: () => void }) {
  const t = useT();
  const format = useDateFormat();
  if (issues.length === 0) return null;
  return (
    <ul className="ritual-issues">
      {issues.map((issue) => {
        const className = `ritual-issue ritual-issue-${issue.severity}`;
        switch (issue.code) {
          case 'missing_months':
            return (
              <li key={issue.code} className={className}>
                {t('rituals.issue.missing_months', { months: format.list(issue.months.map((m) => format.monthTitle(m.year, m.month))) })}{' '}
                <button type="button" className="btn btn-link" onClick={onUseLast}>
                  {t('rituals.issue.useLast')}
                </button>
              </li>
            );
          case 'dst_gap':
            return (
              <li key={issue.code} className={className}>
                {t('rituals.issue.dst_gap', { dates: format.list(issue.dates.map(format.longDate)), time, actual: issue.actualTime })}
              </li>
            );
          case 'dst_repeated':
            return (
              <li key={issue.code} className={className}>
                {t('rituals.issue.dst_repeated', { dates: format.list(issue.dates.map(format.longDate)), time })}
              </li>
            );
          case 'no_name':
          case 'no_day':
          case 'no_nth':
          case 'bad_time':
          case 'none_in_window':
            return (
              <li key={issue.code} className={className}>
                {t(`rituals.issue.${issue.code}`)}
              </li>
            );
          default:
            return null;
        }
      })}
    </ul>
  );
}
