import { useMemo, useRef, useState } from 'react';
import { SectionComments } from '@/components/plan/section-comments';
import { buildSchedule, defaultStartDate, ritualLoad, todayIn } from '@/domain/ritual-schedule';
import { createRitual, editRitual, type Ritual, type RitualPreset } from '@/domain/ritual-section';
import { runtimeTimeZone } from '@/domain/time-zone';
import { useClock } from '@/lib/clock';
import { useT } from '@/i18n/i18n';
import { usePlanSection } from '@/stores/plan-draft';
import { ritualName } from './cadence-text';
import { RitualCalendar } from './ritual-calendar';
import { RitualExport } from './ritual-export';
import { RitualList } from './ritual-list';
import { RitualLoadPanel } from './ritual-load';
import { RitualsSetup } from './rituals-setup';
import { newId } from '@/domain/new-id';

// What a section reads as before anything is written (one value, so renders stay stable).
const emptyRituals = {};

/** A section close to save_plan_section's 32 KB limit gets a warning before the save fails. */
const SIZE_WARNING_BYTES = 28_000;

export function RitualsStep() {
  const t = useT();
  const [section, update] = usePlanSection('rituals', emptyRituals);
  const [membersZone, setMembersZone] = useState('');
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);

  const clock = useClock();
  const timeZone = section.timeZone ?? runtimeTimeZone();
  // The day the page opened: the plan's "today" does not move while the creator edits.
  const [openedAt] = useState(clock);
  const today = todayIn(timeZone, openedAt);
  const nextMonday = defaultStartDate(today);
  const startDate = section.startDate ?? nextMonday;
  const items = useMemo(() => section.items ?? [], [section.items]);
  const schedule = useMemo(() => buildSchedule({ items, startDate, timeZone }, { today }), [items, startDate, timeZone, today]);
  const load = useMemo(() => ritualLoad(schedule), [schedule]);
  const byId = useMemo(() => new Map(items.map((ritual) => [ritual.id, ritual])), [items]);
  const startInPast = schedule.issues.some((issue) => issue.code === 'start_in_past');
  const zoneKnown = !schedule.issues.some((issue) => issue.code === 'invalid_time_zone');
  const tooLarge = useMemo(() => new TextEncoder().encode(JSON.stringify(section)).length > SIZE_WARNING_BYTES, [section]);

  const add = (preset: RitualPreset) => {
    const description = preset === 'custom' ? '' : t(`rituals.preset.${preset}.description`);
    const ritual = createRitual(preset, newId(), { name: t(`rituals.preset.${preset}.name`), description });
    // The first ritual pins the start date and zone, so the plan no longer drifts with "next Monday".
    update({ items: [...items, ritual], startDate, timeZone });
    setJustAdded(ritual.id);
    setAnnouncement(t('rituals.added', { name: ritualName(t, ritual) }));
  };
  const change = (id: string, patch: Partial<Omit<Ritual, 'id' | 'sequence'>>) => {
    update({ items: items.map((ritual) => (ritual.id === id ? editRitual(ritual, patch) : ritual)) });
  };
  const remove = (ritual: Ritual) => {
    update({ items: items.filter((item) => item.id !== ritual.id) });
    setJustAdded(null);
    setAnnouncement(t('rituals.removed', { name: ritualName(t, ritual) }));
    listHeading.current?.focus();
  };

  return (
    <div className="rituals-step">
      <SectionComments section="rituals" />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <RitualsSetup
        startDate={startDate}
        timeZone={timeZone}
        zoneKnown={zoneKnown}
        startInPast={startInPast}
        nextMonday={nextMonday}
        membersZone={membersZone}
        onStartDate={(date) => update({ startDate: date, timeZone })}
        onTimeZone={(zone) => update({ timeZone: zone, startDate })}
        onMembersZone={setMembersZone}
      />
      <RitualList items={items} schedule={schedule} justAdded={justAdded} headingRef={listHeading} onAdd={add} onChange={change} onRemove={remove} />
      {tooLarge ? <p className="field-error">{t('rituals.size.warning')}</p> : null}
      <div className="rituals-overview">
        <RitualLoadPanel load={load} rituals={items} />
        <RitualExport schedule={schedule} blocked={startInPast || !zoneKnown} />
      </div>
      <RitualCalendar schedule={schedule} rituals={byId} membersZone={membersZone} />
    </div>
  );
}
