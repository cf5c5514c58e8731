import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { Schedule } from '@/domain/ritual-schedule';
import { useT } from '@/i18n/i18n';
import { useIcsDownload } from '../hooks/use-ics-download';
import { ritualName } from './cadence-text';

export function RitualExport({ schedule, blocked }: { schedule: Schedule; blocked: boolean }) {
  const t = useT();
  const download = useIcsDownload();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const calendarName = t('rituals.export.calendarName');

  const run = async (fileLabel: string, ritualIds?: string[]) => {
    if (blocked) {
      setMessage(t('rituals.export.blocked'));
      return;
    }
    if (schedule.scheduled.length === 0) {
      setMessage(t('rituals.export.nothing'));
      return;
    }
    setBusy(true);
    setMessage(t('rituals.export.preparing'));
    try {
      const done = await download(schedule, { calendarName, fileLabel, ritualIds });
      setMessage(t('rituals.export.done', { file: done.fileName, count: done.rituals, sessions: done.sessions }));
    } catch {
      setMessage(t('rituals.export.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ritual-export" aria-labelledby="rituals-export-title">
      <h2 id="rituals-export-title">{t('rituals.export.title')}</h2>
      <p className="hint">{t('rituals.export.help')}</p>
      <Button variant="primary" aria-busy={busy} onClick={() => void run(calendarName)}>
        {t('rituals.export.all')}
      </Button>
      {schedule.scheduled.length > 0 ? (
        <>
          <h3>{t('rituals.export.perRitual')}</h3>
          <ul className="export-list">
            {schedule.scheduled.map((ritual) => (
              <li key={ritual.id}>
                <Button variant="link" onClick={() => void run(ritualName(t, ritual), [ritual.id])}>
                  {t('rituals.export.one', { name: ritualName(t, ritual) })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p role="status" className="export-status">
        {message}
      </p>
    </section>
  );
}
