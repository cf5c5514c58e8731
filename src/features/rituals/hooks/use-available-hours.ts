import { useCallback } from 'react';
import { usePlanDraft } from '@/stores/plan-draft';

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
