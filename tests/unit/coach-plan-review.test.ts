import { describe, expect, it } from 'vitest';
import { commentIssue, COMMENT_MAX_LENGTH, threadsOf, type PlanComment } from '@/domain/plan-review';

const comment = (id: string, patch: Partial<PlanComment> = {}): PlanComment => ({
  id,
  section: 'niche',
  parentId: null,
  body: id,
  createdAt: `2026-11-26T10:00:0${id.length}Z`,
  author: { id: 'coach', displayName: 'Léa', role: 'coach' },
  version: null,
  resolved: null,
  ...patch,
});

describe('comment threads', () => {
  it('groups replies under their first comment, per section, oldest first', () => {
    const list = [
      comment('b', { createdAt: '2026-11-26T11:00:00Z' }),
      comment('a', { createdAt: '2026-11-26T10:00:00Z' }),
      comment('a1', { parentId: 'a', createdAt: '2026-11-26T12:00:00Z', author: { id: 'owner', displayName: 'Camille', role: 'owner' } }),
      comment('c', { section: 'launch' }),
    ];
    const threads = threadsOf(list, 'niche');
    expect(threads.map((t) => [t.first.id, t.replies.map((r) => r.id)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
    expect(threadsOf(list, 'launch').map((t) => t.first.id)).toEqual(['c']);
    expect(threadsOf(list, 'summary')).toEqual([]);
  });

  it('keeps a reply whose first comment is not in the list', () => {
    expect(threadsOf([comment('r', { parentId: 'gone' })], 'niche').map((t) => t.first.id)).toEqual(['r']);
  });
});

describe('what a comment may be', () => {
  it('needs some text and at most 4,000 characters, counted as SQL counts them', () => {
    expect(commentIssue('   ')).toBe('empty');
    expect(commentIssue('x'.repeat(10_000))).toBe('too_long');
    expect(commentIssue('é'.repeat(COMMENT_MAX_LENGTH))).toBeNull();
    // 4,000 emoji are 8,000 UTF-16 units but 4,000 characters.
    expect(commentIssue('🙂'.repeat(COMMENT_MAX_LENGTH))).toBeNull();
    expect(commentIssue(`  ${'x'.repeat(COMMENT_MAX_LENGTH)}  `)).toBeNull();
    expect(commentIssue('<b>hello</b>')).toBeNull();
  });
});
