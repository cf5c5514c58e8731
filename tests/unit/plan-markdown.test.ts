import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownFileName, planMarkdown, type PlanDocument } from '@/domain/plan-markdown';

describe('escapeMarkdown', () => {
  it('makes links, images, HTML and emphasis inert', () => {
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\]\\(javascript:alert\\(1\\)\\)');
    expect(escapeMarkdown('![x](http://e.vil/p.png)')).toBe('\\!\\[x\\]\\(http://e\\.vil/p\\.png\\)');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
    expect(escapeMarkdown('*bold* _it_ `code` ~~s~~')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~');
    expect(escapeMarkdown('&lt; a|b')).toBe('\\&lt; a\\|b');
  });

  it('cannot start a heading, a list, a quote or a numbered item, even after a line break', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('ok\n- item\n> quote\n1. one')).toBe('ok \\- item \\> quote 1\\. one');
    expect(escapeMarkdown('   ---   ')).toBe('\\-\\-\\-');
  });

  it('keeps letters of every script, emoji and apostrophes as they are, and drops control characters', () => {
    expect(escapeMarkdown('Productivité pour l’été 🧘 تصوير')).toBe('Productivité pour l’été 🧘 تصوير');
    expect(escapeMarkdown('a\u0000b\u0007c')).toBe('abc');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
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
        '\\<script\\>alert\\(1\\)\\</script\\>',
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
        '_The author’s figures, not laws\\._',
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
