import { useCallback } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SectionKey, Sections } from '@/domain/plan';

export type SaveState =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'error'; key: string };

interface PlanDraftState {
  /** Whose draft this is: a different profile starts from its own plan. */
  ownerId: string | null;
  sections: Sections;
  /** Edits not yet confirmed by the backend, per section, with a version to detect newer edits. */
  dirty: Partial<Record<SectionKey, number>>;
  save: SaveState;
  /** The owner whose server plan was loaded in this tab; autosave waits for it. */
  hydratedFor: string | null;
  /** Bumped to ask the autosave to run now (the "retry" button). */
  saveRequests: number;
  requestSave: () => void;
  setSection: <K extends SectionKey>(key: K, value: NonNullable<Sections[K]>) => void;
  markSaved: (key: SectionKey, version: number) => void;
  setSave: (save: SaveState) => void;
  /**
   * The session is now this owner's: another owner's draft is dropped at once, so not one render
   * shows it (a draft started before any profile was known stays, for the first one that loads).
   */
  claim: (ownerId: string) => void;
  /** Loads the server's plan for this owner, keeping local edits that were not saved yet. */
  hydrate: (ownerId: string, serverSections: Sections) => void;
  reset: () => void;
}

const initial = {
  ownerId: null,
  sections: {},
  dirty: {},
  save: { state: 'idle' } as SaveState,
  hydratedFor: null,
  saveRequests: 0,
};

export const usePlanDraft = create<PlanDraftState>()(
  persist(
    (set) => ({
      ...initial,
      setSection: (key, value) =>
        set((s) => ({
          sections: { ...s.sections, [key]: value },
          dirty: { ...s.dirty, [key]: (s.dirty[key] ?? 0) + 1 },
          save: { state: 'pending' },
        })),
      markSaved: (key, version) =>
        set((s) => {
          if (s.dirty[key] !== version) return {};
          const dirty = { ...s.dirty };
          delete dirty[key];
          return { dirty };
        }),
      setSave: (save) => set({ save }),
      requestSave: () => set((s) => ({ saveRequests: s.saveRequests + 1 })),
      claim: (ownerId) =>
        set((s) =>
          s.ownerId === null || s.ownerId === ownerId
            ? {}
            : { ownerId, sections: {}, dirty: {}, save: { state: 'idle' }, hydratedFor: null },
        ),
      hydrate: (ownerId, serverSections) =>
        set((s) => {
          // A draft started before any profile was known belongs to the first one that loads.
          if (s.ownerId !== null && s.ownerId !== ownerId) {
            return { ownerId, sections: serverSections, dirty: {}, save: { state: 'idle' }, hydratedFor: ownerId };
          }
          const local = Object.fromEntries(
            Object.keys(s.dirty).map((key) => [key, s.sections[key as SectionKey]]),
          ) as Sections;
          return { ownerId, sections: { ...serverSections, ...local }, hydratedFor: ownerId };
        }),
      reset: () => set(initial),
    }),
    {
      name: 'noyau.draft',
      version: 1,
      partialize: (s) => ({ ownerId: s.ownerId, sections: s.sections, dirty: s.dirty }),
    },
  ),
);

export type SectionDraft<K extends SectionKey> = NonNullable<Sections[K]>;

/**
 * One section of the wizard draft, and a way to change part of it (autosaved): the one hook every
 * step uses. `empty` is what the section reads as before anything is written (a stable value).
 */
export function usePlanSection<K extends SectionKey>(
  key: K,
  empty: SectionDraft<K>,
): [SectionDraft<K>, (patch: Partial<SectionDraft<K>>) => void] {
  const section = usePlanDraft((s) => s.sections[key]) ?? empty;
  const setSection = usePlanDraft((s) => s.setSection);
  const update = useCallback(
    (patch: Partial<SectionDraft<K>>) => {
      const current = usePlanDraft.getState().sections[key] ?? empty;
      setSection(key, { ...current, ...patch });
    },
    [key, empty, setSection],
  );
  return [section, update];
}
