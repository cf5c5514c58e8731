import { describe, expect, it } from 'vitest';
import { csvCell, responsesCsvRows, toCsv } from '@/domain/csv';

describe('toCsv', () => {
  it('starts with a byte order mark and ends rows with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 2]])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('quotes commas, quotes, semicolons and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('a;b')).toBe('"a;b"');
  });

  it('defuses cells a spreadsheet would run as formulas, but keeps negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
  });

  it('writes arrays, empty values and accents plainly', () => {
    expect(csvCell(['a', 'b'])).toBe('"a; b"');
    expect(csvCell(null)).toBe('');
    expect(csvCell('café')).toBe('café');
  });
});

describe('responsesCsvRows', () => {
  it('puts one column per question, in order, leaves email opt-ins out and unanswered cells empty', () => {
    const data = {
      questions: [
        { id: 'q2', position: 2, kind: 'scale', prompt: 'How much?' },
        { id: 'q3', position: 3, kind: 'email_optin', prompt: 'Your email' },
        { id: 'q1', position: 1, kind: 'single_choice', prompt: 'Would you pay?' },
      ],
      rows: [{ id: 'r1', created_at: '2026-11-30T10:00:00Z', answers: { q1: 'yes' } }],
    };
    expect(responsesCsvRows(data, { id: 'Id', date: 'Date' })).toEqual([
      ['Id', 'Date', 'Would you pay?', 'How much?'],
      ['r1', '2026-11-30T10:00:00Z', 'yes', ''],
    ]);
  });
});
