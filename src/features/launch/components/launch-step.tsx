import { useMemo } from 'react';
import { SectionComments } from '@/components/plan/section-comments';
import { sortByWeek } from '@/domain/engagement';
import { latestWeekOverHours } from '@/domain/ambassadors';
import { detectPitfalls } from '@/domain/pitfalls';
import { weeklyHours } from '@/domain/plan';
import { useT } from '@/i18n/i18n';
import { usePlanDraft, usePlanSection } from '@/stores/plan-draft';
import { useMyCheckins } from '@/data/checkins/list-my-checkins';
import { useToday } from '@/data/profile/use-today';
import { AmbassadorsSection } from './ambassadors-section';
import { CheckinsSection } from './checkins-section';
import { LaunchCompletion } from './launch-completion';
import { EngagementDashboard } from './engagement-dashboard';
import { MoneySection } from './money-section';
import { PitfallList } from './pitfall-list';
import { ScaleSection } from './scale-section';
import { TargetsSection } from './targets-section';

// What a section reads as before anything is written (one value, so renders stay stable).
const emptyLaunch = {};

const parts = ['checkins', 'engagement', 'pitfalls', 'targets', 'money', 'ambassadors', 'scale'] as const;

export function LaunchStep() {
  const t = useT();
  const today = useToday();
  const [launch, update] = usePlanSection('launch', emptyLaunch);
  const nicheTargetSize = usePlanDraft((s) => s.sections.niche?.targetSize);
  const ritualsStart = usePlanDraft((s) => s.sections.rituals?.startDate);
  const hours = usePlanDraft((s) => weeklyHours(s.sections));
  const query = useMyCheckins();
  const checkins = useMemo(() => query.data ?? [], [query.data]);

  const targetSize = launch.targetSize ?? nicheTargetSize ?? null;
  const latest = sortByWeek(checkins).at(-1);
  const currentSize = latest?.members ?? null;
  const pitfalls = detectPitfalls({ checkins, launch, weeklyHours: hours, ritualsStart, today });

  return (
    <div className="launch-step">
      <SectionComments section="launch" />
      <nav aria-labelledby="launch-contents" className="launch-contents">
        <h2 id="launch-contents" className="contents-title">{t('launch.contents')}</h2>
        <ol>
          {parts.map((part) => (
            <li key={part}>
              <a href={`#launch-${part}`}>{t(`launch.${part}.title`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <LaunchCompletion />
      <CheckinsSection checkins={query.data} loading={query.isPending} error={query.error} today={today} />
      <EngagementDashboard checkins={checkins} hoursBudget={hours} activeRateTarget={launch.activeRateTarget} />
      <PitfallList pitfalls={pitfalls} />
      <TargetsSection launch={launch} update={update} nicheTargetSize={nicheTargetSize} hours={hours} />
      <MoneySection launch={launch} update={update} currentSize={currentSize} targetSize={targetSize} />
      <AmbassadorsSection launch={launch} update={update} checkins={checkins} overBudget={latestWeekOverHours(checkins, hours)} today={today} />
      <ScaleSection launch={launch} update={update} targetSize={targetSize} />
    </div>
  );
}
