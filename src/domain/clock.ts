// The one source of "now" for the app: rules take the instant or the date as a parameter, and
// whatever calls them reads it from a Clock, which tests replace with an instant of their own.

/** Milliseconds since the epoch, like Date.now(). */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** A clock stopped at one instant (an ISO string with its offset, or epoch milliseconds). */
export function fixedClock(at: string | number): Clock {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(at)}`);
  return () => ms;
}
