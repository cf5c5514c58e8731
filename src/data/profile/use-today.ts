import { useState } from 'react';
import type { IsoDate } from '@/domain/calendar-date';
import { todayIn } from '@/domain/ritual-schedule';
import { runtimeTimeZone } from '@/domain/time-zone';
import { useClock } from '@/lib/clock';
import { useMyProfile } from './get-my-profile';

/**
 * The creator's date: the app's clock, read once per mount, in the profile's time zone (the one
 * SQL's app.today uses), or this browser's until the profile has one. Rules take it as a parameter.
 */
export function useToday(): IsoDate {
  const clock = useClock();
  const [openedAt] = useState(clock);
  const zone = useMyProfile().data?.timeZone ?? runtimeTimeZone();
  return todayIn(zone, openedAt);
}
