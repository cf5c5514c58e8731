import { useQuery } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { SectionKey } from '@/domain/plan';
import { BackendError } from '@/data/errors';
import { myPlanOptions, savePlanSection } from '@/data/plan-api';
import { useUserScope } from '@/data/profile/use-session';
import { usePlanDraft } from '@/stores/plan-draft';

const SAVE_DELAY_MS = 600;

/**
 * Keeps the wizard draft (zustand, persisted in this browser) and the backend in step:
 * loads the plan of the current profile, then saves each edited section after a short pause.
 */
export function PlanSync() {
  const { backend, userId } = useUserScope();
  const plan = useQuery(myPlanOptions(backend, userId));

  // Before paint: a draft kept in this browser for another profile is never shown for this one.
  const claim = usePlanDraft((s) => s.claim);
  useLayoutEffect(() => {
    if (userId) claim(userId);
  }, [userId, claim]);

  const hydrate = usePlanDraft((s) => s.hydrate);
  const hydratedFor = usePlanDraft((s) => s.hydratedFor);
  // Once per owner, from a finished fetch: cached data from an earlier visit of this profile may be
  // older than its last save, and a later refetch may have started before a save and would bring
  // back what the creator has typed over since.
  const fresh = plan.isSuccess && !plan.isFetching;
  useEffect(() => {
    if (userId && fresh && hydratedFor !== userId) hydrate(userId, plan.data?.sections ?? {});
  }, [userId, fresh, plan.data, hydrate, hydratedFor]);

  const dirty = usePlanDraft((s) => s.dirty);
  const saveRequests = usePlanDraft((s) => s.saveRequests);
  const saving = useRef(false);
  // A save still running when this unmounts (a profile switch, a test's end) must not mark the
  // next draft's sections as saved.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!userId || hydratedFor !== userId || Object.keys(dirty).length === 0) return;
    // Catches every error itself: the timer has no one to hand a rejection to.
    const save = async () => {
      if (saving.current) return;
      saving.current = true;
      const store = usePlanDraft.getState();
      store.setSave({ state: 'saving' });
      try {
        for (const [key, version] of Object.entries(store.dirty) as [SectionKey, number][]) {
          const data = usePlanDraft.getState().sections[key] ?? {};
          await savePlanSection(backend, { section: key, data });
          if (!mounted.current || usePlanDraft.getState().ownerId !== userId) return;
          usePlanDraft.getState().markSaved(key, version);
        }
        const after = usePlanDraft.getState();
        if (Object.keys(after.dirty).length === 0) after.setSave({ state: 'saved', at: Date.now() });
        else {
          // Edited while this save ran: the timer set meanwhile found it busy, so ask for one more.
          after.setSave({ state: 'pending' });
          after.requestSave();
        }
      } catch (error) {
        if (mounted.current) usePlanDraft.getState().setSave({ state: 'error', key: error instanceof BackendError ? error.key : 'unknown' });
      } finally {
        saving.current = false;
      }
    };
    const timer = window.setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [userId, hydratedFor, dirty, saveRequests, backend]);

  return null;
}
