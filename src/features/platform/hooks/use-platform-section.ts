import { useCallback } from 'react';
import type { NicheSection, Sections } from '@/domain/plan';
import type { PlatformSection } from '@/domain/platform-section';
import { usePlanDraft } from '@/stores/plan-draft';

export type PlatformDraft = PlatformSection & Record<string, unknown>;
type NicheDraft = NicheSection & Record<string, unknown>;
const empty: PlatformDraft = {};

/** The platform section of the wizard draft, and a way to change part of it (autosaved). */
export function usePlatformSection(): [PlatformDraft, (patch: Partial<PlatformDraft>) => void] {
  const platform = usePlanDraft((s) => s.sections.platform) ?? empty;
  const setSection = usePlanDraft((s) => s.setSection);
  const update = useCallback(
    (patch: Partial<PlatformDraft>) => {
      const current = usePlanDraft.getState().sections.platform ?? empty;
      setSection('platform', { ...current, ...patch });
    },
    [setSection],
  );
  return [platform, update];
}

/**
 * The community sizes live in the niche section (step 1): the questionnaire's "expected size"
 * and the "starting size" prompt read and write the same figures, so the plan has one of each.
 */
export function useCommunitySizes(): [Pick<NicheDraft, 'startSize' | 'targetSize'>, (patch: Pick<Partial<NicheDraft>, 'startSize' | 'targetSize'>) => void] {
  const startSize = usePlanDraft((s) => s.sections.niche?.startSize ?? null);
  const targetSize = usePlanDraft((s) => s.sections.niche?.targetSize ?? null);
  const setSection = usePlanDraft((s) => s.setSection);
  const update = useCallback(
    (patch: Pick<Partial<NicheDraft>, 'startSize' | 'targetSize'>) => {
      const current: NonNullable<Sections['niche']> = usePlanDraft.getState().sections.niche ?? { statement: '' };
      setSection('niche', { ...current, ...patch });
    },
    [setSection],
  );
  return [{ startSize, targetSize }, update];
}
