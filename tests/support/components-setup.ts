import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useLocaleStore } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

beforeEach(() => {
  localStorage.clear();
  usePlanDraft.getState().reset();
  useLocaleStore.getState().setLocale('en');
});
afterEach(() => cleanup());
