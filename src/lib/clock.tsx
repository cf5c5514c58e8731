import { createContext, useContext } from 'react';
import { systemClock, type Clock } from '@/domain/clock';

/** The app's clock: the system's, or the one a test provides (see AppProviders). */
export const ClockContext = createContext<Clock>(systemClock);

export function useClock(): Clock {
  return useContext(ClockContext);
}
