import { describe, expect, it } from 'vitest';
import { documentChanges } from '@/domain/plan-diff';
import type { DocSection, PlanDocument } from '@/domain/plan-markdown';

const doc = (...sections: DocSection[]): PlanDocument => ({ title: 'Plan', lead: [], sections });
const section = (id: string, blocks: DocSection['blocks']): DocSection => ({ id, heading: id.toUpperCase(), complete: true, status: 'Complete', blocks });

describe('what changed between two versions of a plan', () => {
  it('reads a field whose value changed as before → now, and leaves unchanged sections out', () => {
    const before = doc(
      section('niche', [{ kind: 'fields', items: [{ label: 'Niche', value: 'productivity for introverted freelancers' }, { label: 'Start', value: '30' }] }]),
      section('platform', [{ kind: 'paragraph', text: 'Discord' }]),
    );
    const after = doc(
      section('niche', [{ kind: 'fields', items: [{ label: 'Niche', value: 'productivity for freelancers working from home' }, { label: 'Start', value: '30' }] }]),
      section('platform', [{ kind: 'paragraph', text: 'Discord' }]),
    );
    expect(documentChanges(before, after)).toEqual([
      {
        id: 'niche',
        heading: 'NICHE',
        entries: [{ kind: 'changed', label: 'Niche', before: 'productivity for introverted freelancers', now: 'productivity for freelancers working from home' }],
      },
    ]);
  });

  it('reads changes in order, one run after the other, with table rows read by their first cell', () => {
    const before = doc(
      section('rituals', [
        { kind: 'list', items: ['Weekly live', 'Monthly challenge'] },
        { kind: 'table', caption: 'Calendar', headers: ['Ritual', 'Day', 'Time'], rows: [['Live', 'Tuesday', '18:00']] },
      ]),
    );
    const after = doc(
      section('rituals', [
        { kind: 'list', items: ['Weekly live', 'Quarterly event'] },
        { kind: 'table', caption: 'Calendar', headers: ['Ritual', 'Day', 'Time'], rows: [['Live', 'Thursday', '18:00']] },
      ]),
      section('launch', [{ kind: 'paragraph', text: 'New section' }]),
    );
    expect(documentChanges(before, after)).toEqual([
      {
        id: 'rituals',
        heading: 'RITUALS',
        entries: [
          { kind: 'changed', label: null, before: 'Monthly challenge', now: 'Quarterly event' },
          { kind: 'changed', label: 'Calendar · Live', before: 'Day Tuesday · Time 18:00', now: 'Day Thursday · Time 18:00' },
        ],
      },
      { id: 'launch', heading: 'LAUNCH', entries: [{ kind: 'added', line: { label: null, text: 'New section' } }] },
    ]);
  });

  it('reads a paragraph replaced by another as before → now, but not when more came than went', () => {
    const before = doc(section('niche', [{ kind: 'paragraph', text: 'old statement' }, { kind: 'note', text: 'Kept' }]));
    const after = doc(section('niche', [{ kind: 'paragraph', text: 'new statement' }, { kind: 'note', text: 'Kept' }]));
    expect(documentChanges(before, after)[0]?.entries).toEqual([{ kind: 'changed', label: null, before: 'old statement', now: 'new statement' }]);
    const grown = doc(section('niche', [{ kind: 'paragraph', text: 'one' }, { kind: 'paragraph', text: 'two' }, { kind: 'note', text: 'Kept' }]));
    expect(documentChanges(before, grown)[0]?.entries).toEqual([
      { kind: 'removed', line: { label: null, text: 'old statement' } },
      { kind: 'added', line: { label: null, text: 'one' } },
      { kind: 'added', line: { label: null, text: 'two' } },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    const same = doc(section('niche', [{ kind: 'fields', items: [{ label: 'Niche', value: 'x' }] }]));
    expect(documentChanges(same, same)).toEqual([]);
  });
});
