import { describe, expect, it } from 'vitest';
import { learningCardIssues } from '@/domain/learning-card';

// The browser's first look at a learning card: the same bounds as save_learning_card in SQL.
describe('learningCardIssues', () => {
  it('asks for words, within 1,000 characters once cleaned', () => {
    expect(learningCardIssues({ learned: '\u00a0\u200b ', decision: 'persevere' })).toEqual([{ path: 'learned', code: 'learned_required' }]);
    expect(learningCardIssues({ learned: `  ${'x'.repeat(1000)}  `, decision: 'persevere' })).toEqual([]);
    expect(learningCardIssues({ learned: 'x'.repeat(1001), decision: 'retest' })).toEqual([{ path: 'learned', code: 'learned_too_long' }]);
  });

  it('asks a narrowing for its statement, bounded as the niche step bounds it', () => {
    expect(learningCardIssues({ learned: 'ok', decision: 'narrow' })).toEqual([{ path: 'nicheStatement', code: 'statement_required' }]);
    expect(learningCardIssues({ learned: 'ok', decision: 'narrow', nicheStatement: 'x'.repeat(201) })).toEqual([{ path: 'nicheStatement', code: 'statement_too_long' }]);
    expect(learningCardIssues({ learned: 'ok', decision: 'narrow', nicheStatement: ' productivity for introverted freelancers ' })).toEqual([]);
    // Another decision takes no statement: whatever the field holds is not sent.
    expect(learningCardIssues({ learned: 'ok', decision: 'persevere', nicheStatement: 'x'.repeat(500) })).toEqual([]);
  });
});
