import { useCallback } from 'react';
import type { LaunchSection } from '@/domain/monetization';
import { usePlanDraft } from '@/stores/plan-draft';

const empty: LaunchSection = {};

/** The launch section of the wizard draft, and a way to change part of it (autosaved). */
export function useLaunchSection(): [LaunchSection, (patch: Partial<LaunchSection>) => void] {
  const launch = usePlanDraft((s) => s.sections.launch) ?? empty;
  const setSection = usePlanDraft((s) => s.setSection);
  const update = useCallback(
    (patch: Partial<LaunchSection>) => {
      const current = usePlanDraft.getState().sections.launch ?? empty;
      setSection('launch', { ...current, ...patch });
    },
    [setSection],
  );
  return [launch, update];
}
