import { describe, expect, it } from 'vitest';
import { foldName, handlesIn, mentions, orbitLevels, suggestAmbassadors, type MemberEntry } from '@/domain/ambassadors';
import type { Checkin } from '@/domain/engagement';

const week = (weekStart: string, note: string): Checkin => ({
  weekStart,
  members: 40,
  activeMembers: 20,
  conversationsTotal: 10,
  conversationsByMembers: 5,
  conversationsBetweenMembers: 4,
  creatorHours: 4,
  note,
});
const member = (id: string, name: string, level: MemberEntry['level']): MemberEntry => ({ id, name, level });
const today = '2026-11-26';

describe('names in notes', () => {
  it('folds accents and case, and matches whole words only', () => {
    expect(foldName('  Léa ')).toBe('lea');
    expect(mentions(foldName('Merci à Léa pour le live'), 'lea')).toBe(true);
    expect(mentions(foldName('Anatole a animé'), 'ana')).toBe(false);
    expect(mentions('a', 'a')).toBe(false);
  });

  it('reads @names, without the full stop that ends a sentence', () => {
    expect(handlesIn('Bravo @Léa_B. et @tom-88 !')).toEqual(['Léa_B', 'tom-88']);
  });
});

describe('suggestAmbassadors', () => {
  it('follows the Orbit ladder', () => {
    expect(orbitLevels).toEqual(['exploring', 'participating', 'contributing', 'leading']);
  });

  it('asks leaders now, contributors after their next ritual, and ignores the rest', () => {
    const candidates = suggestAmbassadors({
      members: [member('a', 'Ana', 'contributing'), member('b', 'Bruno', 'leading'), member('c', 'Chloé', 'participating'), member('d', 'Dan', 'exploring')],
      checkins: [],
      overBudget: false,
      today,
    });
    expect(candidates.map((c) => [c.name, c.moment.key])).toEqual([
      ['Bruno', 'now_leading'],
      ['Ana', 'next_ritual'],
    ]);
  });

  it('asks a contributor now when the notes keep naming them, or when the creator is over budget', () => {
    const checkins = [week('2026-11-02', 'Ana a répondu à tout le monde'), week('2026-11-09', 'encore ana !'), week('2026-11-16', '')];
    const noticed = suggestAmbassadors({ members: [member('a', 'Ana', 'contributing')], checkins, overBudget: false, today });
    expect(noticed).toEqual([{ memberId: 'a', name: 'Ana', level: 'contributing', weeksMentioned: 2, moment: { key: 'now_noticed' } }]);
    const tired = suggestAmbassadors({ members: [member('a', 'Ana', 'contributing')], checkins: [], overBudget: true, today });
    expect(tired[0]!.moment).toEqual({ key: 'now_before_burnout' });
  });

  it('suggests a small role first for people named often who are not contributing yet, listed or not', () => {
    const checkins = [week('2026-11-02', 'Super question de @Mia et de Chloé'), week('2026-11-09', '@mia a aidé Chloé'), week('2026-11-16', '@Zoé une fois')];
    const candidates = suggestAmbassadors({ members: [member('c', 'Chloé', 'participating')], checkins, overBudget: false, today });
    expect(candidates).toEqual([
      { memberId: 'c', name: 'Chloé', level: 'participating', weeksMentioned: 2, moment: { key: 'small_role_first', from: '2026-12-21' } },
      { memberId: null, name: 'Mia', level: null, weeksMentioned: 2, moment: { key: 'small_role_first', from: '2026-12-21' } },
    ]);
  });

  it('does not count an @name twice when the person is on the list', () => {
    const checkins = [week('2026-11-02', '@Ana'), week('2026-11-09', '@ana')];
    const candidates = suggestAmbassadors({ members: [member('a', 'Ana', 'exploring')], checkins, overBudget: false, today });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ memberId: 'a', weeksMentioned: 2 });
  });

  it('skips blank names and keeps at most ten', () => {
    const members = Array.from({ length: 12 }, (_, i) => member(`m${i}`, `Member ${String(i).padStart(2, '0')}`, 'leading'));
    members.push(member('blank', '   ', 'leading'));
    const candidates = suggestAmbassadors({ members, checkins: [], overBudget: false, today });
    expect(candidates).toHaveLength(10);
    expect(candidates[0]!.name).toBe('Member 00');
  });
});
