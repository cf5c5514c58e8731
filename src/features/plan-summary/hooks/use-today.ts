import { useState } from 'react';
import type { IsoDate } from '@/domain/calendar-date';
import { todayIn } from '@/domain/ritual-schedule';

/** The creator's date, in this browser's time zone, read once per mount (rules take it as a parameter). */
export function useToday(): IsoDate {
  const [today] = useState(() => todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, Date.now()));
  return today;
}
