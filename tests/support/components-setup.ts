import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useLocaleStore } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

// The first lazy route of a file is compiled on demand: give findBy* time for it.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  localStorage.clear();
  usePlanDraft.getState().reset();
  useLocaleStore.getState().setLocale('en');
});
afterEach(() => cleanup());
