import { describe, expect, it } from 'vitest';
import { escapeInline, escapeMarkdown, markdownFileName, planMarkdown, type PlanDocument } from '@/domain/plan-markdown';

describe('escapeMarkdown', () => {
  it('leaves plain sentences as they are: no backslash where Markdown reads nothing', () => {
    for (const plain of [
      '1 of 5.',
      '(100 %)',
      '3 weekly check-in(s), 12.5 h a week',
      '50 % (about)',
      'a_b_c',
      'Productivité : 2 000 € / mois, l’été ! (+40 %) — 5 < 6, a & b; #1 fan',
      'http://example.com/a_b?x=1&y=2',
      'C:\\Users\\me',
    ]) {
      expect(escapeMarkdown(plain), plain).toBe(plain);
    }
  });

  it('escapes what would be read as emphasis, code, a link, an image, HTML or an entity', () => {
    expect(escapeMarkdown('*bold* # not a heading')).toBe('\\*bold\\* # not a heading');
    expect(escapeMarkdown('_it_ and a__b')).toBe('\\_it\\_ and a__b');
    expect(escapeMarkdown('`code` ~~s~~')).toBe('\\`code\\` \\~\\~s\\~\\~');
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(escapeMarkdown('![x](http://e.vil/p.png)')).toBe('!\\[x\\](http://e.vil/p.png)');
    expect(escapeMarkdown('<img src=x onerror=alert(1)> </b> <!-- c --> <https://x.y>')).toBe('\\<img src=x onerror=alert(1)> \\</b> \\<!-- c --> \\<https://x.y>');
    expect(escapeMarkdown('&lt; &#60; &copy; & a')).toBe('\\&lt; \\&#60; \\&copy; & a');
    // A backslash only where it would escape what follows, or at the end.
    expect(escapeMarkdown('back\\slash \\* end\\')).toBe('back\\slash \\\\\\* end\\\\');
  });

  it('cannot start a heading, a list, a quote, a numbered item or a rule, even after a line break', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('12) not a list either')).toBe('12\\) not a list either');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('   ---   ')).toBe('\\---');
    expect(escapeMarkdown('- - -')).toBe('\\- - -');
    // Not at the start of a block: read as text, left alone.
    expect(escapeMarkdown('ok\n- item\n> quote\n1. one')).toBe('ok - item > quote 1. one');
    expect(escapeMarkdown('-5 °C, 2026. Fine')).toBe('-5 °C, 2026. Fine');
  });

  it('keeps letters of every script, emoji and apostrophes as they are, and drops control characters', () => {
    expect(escapeMarkdown('Productivité pour l’été 🧘 تصوير')).toBe('Productivité pour l’été 🧘 تصوير');
    expect(escapeMarkdown('a\u0000b\u0007c')).toBe('abc');
    expect(escapeMarkdown('été_2026_plan')).toBe('été_2026_plan');
  });

  it('escapes inside a line only what a line needs', () => {
    expect(escapeInline('# 1. - > not at a start')).toBe('# 1. - > not at a start');
    expect(escapeInline('*x* a|b')).toBe('\\*x\\* a|b');
  });
});

describe('planMarkdown', () => {
  const doc: PlanDocument = {
    title: 'Plan: yoga for runners',
    lead: ['productivity for *introverted* freelancers', 'Printed on 26 November 2026'],
    sections: [
      {
        id: 'niche',
        heading: 'Niche',
        complete: true,
        status: 'Complete',
        blocks: [
          { kind: 'paragraph', text: '<script>alert(1)</script>' },
          { kind: 'fields', items: [{ label: 'Target size', value: '300' }] },
          { kind: 'list', items: ['Live [Tuesday]'] },
        ],
      },
      {
        id: 'money',
        heading: 'Money',
        complete: false,
        status: 'Not filled in yet',
        blocks: [
          { kind: 'table', caption: 'Revenue', headers: ['Conversion', 'Price'], rows: [['5%', 'a|b'], ['']] },
          { kind: 'note', text: 'The author’s figures, not laws.' },
          { kind: 'list', items: [] },
        ],
      },
    ],
  };

  it('writes headings, statuses, fields, lists, tables and notes, all escaped', () => {
    expect(planMarkdown(doc)).toBe(
      [
        '# Plan: yoga for runners',
        '',
        'productivity for \\*introverted\\* freelancers',
        '',
        'Printed on 26 November 2026',
        '',
        '## Niche',
        '',
        '_Complete_',
        '',
        '\\<script>alert(1)\\</script>',
        '',
        '- **Target size**: 300',
        '',
        '- Live \\[Tuesday\\]',
        '',
        '## Money',
        '',
        '_Not filled in yet_',
        '',
        '**Revenue**',
        '',
        '| Conversion | Price |',
        '| --- | --- |',
        '| 5% | a\\|b |',
        '|   |   |',
        '',
        '_The author’s figures, not laws._',
        '',
      ].join('\n'),
    );
  });
});

describe('planMarkdown with tricky text from the creator', () => {
  it('escapes only where the text stands: a list item\'s start, a field\'s value, a table cell, a note', () => {
    const doc: PlanDocument = {
      title: '*bold* # not a heading',
      lead: ['1. not a list'],
      sections: [
        {
          id: 'niche',
          heading: 'Niche',
          complete: false,
          status: 'Partly filled in',
          blocks: [
            { kind: 'list', items: ['1. not a list', '# not a heading', 'a_b_c', '50 % (about)'] },
            { kind: 'fields', items: [{ label: 'Niche', value: '- not an item, 1 of 5.' }] },
            { kind: 'table', caption: 'Check-ins', headers: ['Week', 'Note'], rows: [['Nov 30, 2026', '# 3 check-in(s) | 100 % _great_ a_b']] },
            { kind: 'note', text: 'ends with a backslash \\' },
          ],
        },
      ],
    };
    expect(planMarkdown(doc)).toBe(
      [
        '# \\*bold\\* # not a heading',
        '',
        '1\\. not a list',
        '',
        '## Niche',
        '',
        '_Partly filled in_',
        '',
        '- 1\\. not a list\n- \\# not a heading\n- a_b_c\n- 50 % (about)',
        '',
        '- **Niche**: - not an item, 1 of 5.',
        '',
        '**Check-ins**',
        '',
        '| Week | Note |',
        '| --- | --- |',
        '| Nov 30, 2026 | # 3 check-in(s) \\| 100 % \\_great\\_ a_b |',
        '',
        '_ends with a backslash \\\\_',
        '',
      ].join('\n'),
    );
  });
});

describe('markdownFileName', () => {
  it('keeps letters and digits, without accents', () => {
    expect(markdownFileName('Plan : Productivité pour freelances introvertis')).toBe('plan-productivite-pour-freelances-introvertis.md');
    expect(markdownFileName('🧘')).toBe('plan.md');
    expect(markdownFileName('a'.repeat(100))).toBe(`${'a'.repeat(60)}.md`);
  });
});
