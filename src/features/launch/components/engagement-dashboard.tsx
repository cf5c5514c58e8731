import { lazy, Suspense } from 'react';
import { AUTHOR_ENGAGEMENT, sortByWeek, weekMeasures, type Checkin } from '@/domain/engagement';
import { useLocale, useT } from '@/i18n/i18n';
import { formatDate, formatNumber, formatPercent } from '@/i18n/format';
import { DataTable } from '@/components/ui/data-table';

// recharts is the heaviest part of this page: it arrives after the figures and tables.
const LineChartView = lazy(() => import('./line-chart-view'));

const colors = { main: '#2f5d50', second: '#1a56db', author: '#8a6100', own: '#a3261a' };

interface DashboardProps {
  checkins: readonly Checkin[];
  hoursBudget: number | null | undefined;
  activeRateTarget: number | null | undefined;
}

export function EngagementDashboard({ checkins, hoursBudget, activeRateTarget }: DashboardProps) {
  const t = useT();
  const locale = useLocale();
  const sorted = sortByWeek(checkins);
  // Each week with its measures, oldest first.
  const weeks = sorted.map((checkin) => ({ checkin, measures: weekMeasures(checkin) }));
  const series = weeks.map((w) => w.measures);
  const latest = weeks.at(-1);
  const pct = (value: number | null) => (value === null ? '—' : formatPercent(value, locale, 1));
  const axisPct = (value: number) => formatPercent(value, locale, 0);

  if (!latest) {
    return (
      <section aria-labelledby="launch-engagement" className="launch-section">
        <h2 id="launch-engagement">{t('launch.engagement.title')}</h2>
        <p className="empty-state">{t('launch.engagement.empty')}</p>
      </section>
    );
  }
  const data = series.map((m) => ({
    week: formatDate(m.weekStart, locale, 'dayMonthShort'),
    activeRate: m.activeRate,
    memberToMember: m.memberToMemberShare,
    startedByMembers: m.startedByMembersShare,
    hours: m.creatorHours,
  }));
  const last = latest.measures;
  const lastCheckin = latest.checkin;

  const activeGuides = [
    { y: AUTHOR_ENGAGEMENT.small.rate, label: t('launch.engagement.guideSmall', { rate: axisPct(AUTHOR_ENGAGEMENT.small.rate) }), color: colors.author },
    { y: AUTHOR_ENGAGEMENT.large.rate, label: t('launch.engagement.guideLarge', { rate: formatPercent(AUTHOR_ENGAGEMENT.large.rate, locale, 1) }), color: colors.author, side: 'right' as const },
    ...(activeRateTarget != null ? [{ y: activeRateTarget, label: t('launch.engagement.guideTarget', { rate: axisPct(activeRateTarget) }), color: colors.own, side: 'right' as const }] : []),
  ];

  return (
    <section aria-labelledby="launch-engagement" className="launch-section">
      <h2 id="launch-engagement">{t('launch.engagement.title')}</h2>
      <p>{t('launch.engagement.intro')}</p>

      <div className="chart-panel panel">
        <h3>{t('launch.engagement.active.title')}</h3>
        <p className="chart-latest">
          {last.activeRate === null
            ? t('launch.engagement.noMembers')
            : t('launch.engagement.active.latest', { rate: pct(last.activeRate), active: formatNumber(lastCheckin.activeMembers, locale), members: formatNumber(lastCheckin.members, locale) })}
        </p>
        <Suspense fallback={null}>
          <LineChartView
            data={data}
            xKey="week"
            lines={[{ key: 'activeRate', name: t('launch.engagement.active.line'), color: colors.main }]}
            guides={activeGuides}
            yMax={1}
            formatY={axisPct}
          />
        </Suspense>
        <p className="hint how">{t('launch.engagement.active.how')}</p>
        <p className="hint author-figure">{t('launch.engagement.active.author')}</p>
        <DataTable
          caption={t('launch.engagement.active.title')}
          headers={[t('launch.checkins.week'), t('launch.checkin.members'), t('launch.checkin.activeMembers'), t('launch.engagement.active.line')]}
          rows={weeks.map(({ checkin, measures: m }) => [formatDate(m.weekStart, locale), m.members, checkin.activeMembers, pct(m.activeRate)])}
        />
      </div>

      <div className="chart-panel panel">
        <h3>{t('launch.engagement.conversations.title')}</h3>
        <p className="chart-latest">
          {last.memberToMemberShare === null
            ? t('launch.engagement.noConversations')
            : t('launch.engagement.conversations.latest', { share: pct(last.memberToMemberShare), started: pct(last.startedByMembersShare) })}
        </p>
        <Suspense fallback={null}>
          <LineChartView
            data={data}
            xKey="week"
            lines={[
              { key: 'memberToMember', name: t('launch.engagement.conversations.between'), color: colors.main },
              { key: 'startedByMembers', name: t('launch.engagement.conversations.started'), color: colors.second, dashed: true },
            ]}
            yMax={1}
            formatY={axisPct}
          />
        </Suspense>
        <p className="hint how">{t('launch.engagement.conversations.how')}</p>
        <DataTable
          caption={t('launch.engagement.conversations.title')}
          headers={[t('launch.checkins.week'), t('launch.checkin.conversationsTotal'), t('launch.engagement.conversations.between'), t('launch.engagement.conversations.started')]}
          rows={weeks.map(({ checkin: c, measures: m }) => [formatDate(c.weekStart, locale), c.conversationsTotal, pct(m.memberToMemberShare), pct(m.startedByMembersShare)])}
        />
      </div>

      <div className="chart-panel panel">
        <h3>{t('launch.engagement.hours.title')}</h3>
        <p className="chart-latest">
          {hoursBudget != null
            ? t('launch.engagement.hours.latestBudget', { hours: formatNumber(last.creatorHours, locale), budget: formatNumber(hoursBudget, locale) })
            : t('launch.engagement.hours.latest', { hours: formatNumber(last.creatorHours, locale) })}
        </p>
        <Suspense fallback={null}>
          <LineChartView
            data={data}
            xKey="week"
            lines={[{ key: 'hours', name: t('launch.engagement.hours.line'), color: colors.main }]}
            guides={hoursBudget != null ? [{ y: hoursBudget, label: t('launch.engagement.hours.guide', { hours: formatNumber(hoursBudget, locale) }), color: colors.own }] : []}
            formatY={(value) => formatNumber(value, locale)}
          />
        </Suspense>
        <p className="hint how">{t('launch.engagement.hours.how')}</p>
        <DataTable
          caption={t('launch.engagement.hours.title')}
          headers={[t('launch.checkins.week'), t('launch.engagement.hours.line')]}
          rows={series.map((m) => [formatDate(m.weekStart, locale), formatNumber(m.creatorHours, locale, 2)])}
        />
      </div>
    </section>
  );
}
