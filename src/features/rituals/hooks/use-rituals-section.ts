import { useCallback } from 'react';
import type { RitualsSection } from '@/domain/ritual-section';
import { usePlanDraft } from '@/stores/plan-draft';

export type RitualsDraft = RitualsSection & Record<string, unknown>;
const empty: RitualsDraft = {};

/** The rituals section of the wizard draft, and a way to change part of it (autosaved). */
export function useRitualsSection(): [RitualsDraft, (patch: Partial<RitualsDraft>) => void] {
  const rituals = usePlanDraft((s) => s.sections.rituals) ?? empty;
  const setSection = usePlanDraft((s) => s.setSection);
  const update = useCallback(
    (patch: Partial<RitualsDraft>) => {
      const current = usePlanDraft.getState().sections.rituals ?? empty;
      setSection('rituals', { ...current, ...patch });
    },
    [setSection],
  );
  return [rituals, update];
}

/**
 * The hours a week the creator said they can give: one answer, asked in the platform step's
 * questionnaire and shown again here next to the load it is compared with.
 */
export function useAvailableHours(): [number | null, (hours: number | null) => void] {
  const hours = usePlanDraft((s) => s.sections.platform?.answers?.hoursPerWeek ?? null);
  const setSection = usePlanDraft((s) => s.setSection);
  const update = useCallback(
    (hoursPerWeek: number | null) => {
      const current = usePlanDraft.getState().sections.platform ?? {};
      setSection('platform', { ...current, answers: { ...(current.answers ?? {}), hoursPerWeek } });
    },
    [setSection],
  );
  return [hours, update];
}
