import { useCallback } from 'react';
import type { Sections } from '@/domain/plan';
import { usePlanDraft, type SectionDraft } from '@/stores/plan-draft';

type NicheDraft = SectionDraft<'niche'>;

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
