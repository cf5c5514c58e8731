import { useCallback } from 'react';
import type { NicheSection } from '@/domain/plan';
import { usePlanDraft } from '@/stores/plan-draft';

export type NicheDraft = NicheSection & Record<string, unknown>;
const empty: NicheDraft = { statement: '' };

/** The niche section of the wizard draft, and a way to change part of it (autosaved). */
export function useNicheSection(): [NicheDraft, (patch: Partial<NicheDraft>) => void] {
  const niche = usePlanDraft((s) => s.sections.niche) ?? empty;
  const setSection = usePlanDraft((s) => s.setSection);
  const update = useCallback(
    (patch: Partial<NicheDraft>) => {
      const current = usePlanDraft.getState().sections.niche ?? empty;
      setSection('niche', { ...current, ...patch });
    },
    [setSection],
  );
  return [niche, update];
}
