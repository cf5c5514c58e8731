import { z } from 'zod';
import { isIsoDate, WEEKDAYS, type Weekday } from './calendar-date';

// The same bounds are checked in SQL (app.check_plan_section, branch 'rituals').
export const MAX_RITUALS = 50;
export const RITUAL_NAME_MAX = 80;
export const RITUAL_DESCRIPTION_MAX = 300;
export const DURATION_MIN = 5;
export const DURATION_MAX = 720;

export const ritualPresets = ['weekly_live', 'monthly_challenge', 'quarterly_event', 'hot_seat', 'custom'] as const;
export type RitualPreset = (typeof ritualPresets)[number];

export const frequencies = ['weekly', 'monthly', 'quarterly'] as const;
export type Frequency = (typeof frequencies)[number];

/** Which weekday of the month: 1st to 5th, or -1 for the last. */
export const nths = [1, 2, 3, 4, 5, -1] as const;
export type Nth = (typeof nths)[number];

const ritualIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeZonePattern = /^[A-Za-z0-9_+\-/]{1,64}$/;

/**
 * A ritual as the draft keeps it. A day may be missing while the creator is still choosing:
 * the draft is saved anyway, and the schedule says what is missing.
 */
export const ritualSchema = z.object({
  id: z.string().regex(ritualIdPattern),
  preset: z.enum(ritualPresets),
  name: z.string().max(RITUAL_NAME_MAX),
  description: z.string().max(RITUAL_DESCRIPTION_MAX).default(''),
  frequency: z.enum(frequencies),
  weekday: z.enum(WEEKDAYS).nullable(),
  nth: z.literal(nths).nullable(),
  time: z.string().regex(timePattern),
  durationMinutes: z.number().int().min(DURATION_MIN).max(DURATION_MAX),
  /** Bumped on every edit: calendars that imported the ritual take the newer version. */
  sequence: z.number().int().min(0).max(1_000_000).default(0),
});
export type Ritual = z.infer<typeof ritualSchema>;

export const ritualsSectionSchema = z.object({
  startDate: z.string().refine(isIsoDate).nullable().optional(),
  timeZone: z.string().regex(timeZonePattern).optional(),
  items: z
    .array(ritualSchema)
    .max(MAX_RITUALS)
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'ritual ids are unique')
    .optional(),
});
export type RitualsSection = z.infer<typeof ritualsSectionSchema>;

export interface PresetDefaults {
  frequency: Frequency;
  weekday: Weekday | null;
  nth: Nth | null;
  time: string;
  durationMinutes: number;
}

/** The article's three rituals, the hot seat it describes, and a blank one. */
export const presetDefaults: Record<RitualPreset, PresetDefaults> = {
  weekly_live: { frequency: 'weekly', weekday: 'TU', nth: null, time: '19:00', durationMinutes: 60 },
  monthly_challenge: { frequency: 'monthly', weekday: 'MO', nth: 1, time: '12:30', durationMinutes: 30 },
  quarterly_event: { frequency: 'quarterly', weekday: 'SA', nth: 1, time: '10:00', durationMinutes: 120 },
  hot_seat: { frequency: 'weekly', weekday: 'TH', nth: null, time: '19:00', durationMinutes: 45 },
  custom: { frequency: 'weekly', weekday: null, nth: null, time: '18:00', durationMinutes: 60 },
};

export function createRitual(preset: RitualPreset, id: string, text: { name: string; description: string }): Ritual {
  return { id, preset, name: text.name, description: text.description, sequence: 0, ...presetDefaults[preset] };
}

/** Applies an edit and bumps the sequence, so that a re-imported calendar updates the event. */
export function editRitual(ritual: Ritual, patch: Partial<Omit<Ritual, 'id' | 'sequence'>>): Ritual {
  const next = { ...ritual, ...patch, sequence: ritual.sequence + 1 };
  // Weekly rituals have no "nth"; monthly and quarterly ones need one.
  if (next.frequency === 'weekly') next.nth = null;
  else if (next.nth === null) next.nth = 1;
  return next;
}

export function isRitualsComplete(section: Partial<RitualsSection> | undefined): boolean {
  const items = section?.items ?? [];
  return items.length > 0 && items.every((item) => item.name.trim() !== '' && item.weekday !== null);
}
