import type { Ritual } from '@/domain/ritual-section';
import type { Translate } from '@/i18n/i18n';

/** "Every Tuesday at 19:00", "First Monday of each month at 12:30"… */
export function cadenceText(t: Translate, ritual: Ritual): string {
  if (ritual.weekday === null) return t('rituals.cadence.noDay');
  const weekday = t(`rituals.weekday.${ritual.weekday}`);
  if (ritual.frequency === 'weekly') return t('rituals.cadence.weekly', { weekday, time: ritual.time });
  const nth = t(`rituals.nth.${ritual.nth ?? 1}`);
  if (ritual.frequency === 'monthly') return t('rituals.cadence.monthly', { nth, weekday, time: ritual.time });
  return t('rituals.cadence.quarterly', { nth: nth.toLocaleLowerCase(), weekday, time: ritual.time });
}

export function ritualName(t: Translate, ritual: Pick<Ritual, 'name'>): string {
  return ritual.name.trim() || t('rituals.unnamed');
}
