import { useCallback } from 'react';
import type { Schedule } from '@/domain/ritual-schedule';
import { useClock } from '@/lib/clock';
import { downloadText } from '@/lib/download';

export interface DownloadResult {
  fileName: string;
  rituals: number;
  sessions: number;
}

/**
 * Builds the .ics file and hands it to the browser as a download. The builder is loaded only
 * when a file is asked for, so the calendar code stays out of every other page.
 */
export function useIcsDownload(): (schedule: Schedule, options: { calendarName: string; fileLabel: string; ritualIds?: string[] }) => Promise<DownloadResult> {
  const clock = useClock();
  return useCallback(async (schedule, { calendarName, fileLabel, ritualIds }) => {
    const { buildIcs, icsFileName, ICS_MIME } = await import('@/domain/ritual-ics');
    const text = buildIcs(schedule, { now: new Date(clock()), calendarName, ritualIds });
    const fileName = icsFileName(fileLabel);
    downloadText(fileName, text, ICS_MIME);
    const kept = schedule.scheduled.filter((ritual) => !ritualIds || ritualIds.includes(ritual.id));
    return {
      fileName,
      rituals: kept.length,
      sessions: schedule.occurrences.filter((o) => kept.some((ritual) => ritual.id === o.ritualId)).length,
    };
  }, [clock]);
}
