import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { useLocaleStore } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';
import { stopApps } from './in-process-worker';

// Tests type with userEvent.setup() and its default delay: a macrotask between two keys, as a
// person's typing has. With `delay: null` the keys of a whole word arrive before React has run the
// effects of the render that showed the field, so the field's store subscription is not there yet
// and each key replaces the last (the "received `y`" flake).
// findBy* and waitFor wait for a state, not for a time: one generous bound for a busy machine,
// reached only when the state never comes.
configure({ asyncUtilTimeout: 60_000 });

// Each lazy route is compiled (and cached for the run) before the file's tests start, so no test
// pays for a compile on a loaded machine.
const routes = import.meta.glob(['/src/app/routes/*.tsx', '/src/app/layouts/*.tsx']);
beforeAll(async () => {
  await Promise.all(Object.values(routes).map((load) => load()));
});

beforeEach(() => {
  localStorage.clear();
  usePlanDraft.getState().reset();
  useLocaleStore.getState().setLocale('en');
});
afterEach(async () => {
  cleanup();
  await stopApps();
});
