import { beforeEach, describe, expect, it } from 'vitest';
import { usePlanDraft } from '@/stores/plan-draft';

beforeEach(() => usePlanDraft.getState().reset());

describe('the wizard draft', () => {
  it('marks an edited section dirty until the save of that very version is confirmed', () => {
    const draft = usePlanDraft.getState();
    draft.setSection('niche', { statement: 'a' });
    draft.setSection('niche', { statement: 'ab' });
    usePlanDraft.getState().markSaved('niche', 1);
    expect(usePlanDraft.getState().dirty).toEqual({ niche: 2 });
    usePlanDraft.getState().markSaved('niche', 2);
    expect(usePlanDraft.getState().dirty).toEqual({});
  });

  it('keeps unsaved local edits over the server’s copy for the same owner', () => {
    usePlanDraft.getState().hydrate('u1', { niche: { statement: 'server' } });
    usePlanDraft.getState().setSection('niche', { statement: 'local' });
    usePlanDraft.getState().hydrate('u1', { niche: { statement: 'server' }, platform: { choice: 'discord' } });
    expect(usePlanDraft.getState().sections).toEqual({ niche: { statement: 'local' }, platform: { choice: 'discord' } });
  });

  it('adopts a draft typed before any profile was known', () => {
    usePlanDraft.getState().setSection('niche', { statement: 'typed early' });
    usePlanDraft.getState().hydrate('u1', {});
    expect(usePlanDraft.getState()).toMatchObject({ ownerId: 'u1', hydratedFor: 'u1', sections: { niche: { statement: 'typed early' } } });
  });

  it('starts from the other profile’s own plan when the profile changes', () => {
    usePlanDraft.getState().hydrate('u1', {});
    usePlanDraft.getState().setSection('niche', { statement: 'mine' });
    usePlanDraft.getState().hydrate('u2', { niche: { statement: 'theirs' } });
    expect(usePlanDraft.getState()).toMatchObject({ ownerId: 'u2', dirty: {}, sections: { niche: { statement: 'theirs' } } });
  });
});
