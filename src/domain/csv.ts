// CSV for spreadsheet programs: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte order mark
// (so Excel reads accents right), and cells that a spreadsheet would run as a formula defused.

const BOM = '\uFEFF';
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join('; ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (formulaStart.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: unknown[][]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The responses export as CSV rows: one column per question in order (email opt-ins travel apart). */
export function responsesCsvRows(
  data: { questions: readonly { id: string; position: number; kind: string; prompt: string }[]; rows: readonly { id: string; created_at: string; answers: Record<string, unknown> }[] },
  headers: { id: string; date: string },
): unknown[][] {
  const questions = [...data.questions].sort((a, b) => a.position - b.position).filter((q) => q.kind !== 'email_optin');
  return [
    [headers.id, headers.date, ...questions.map((q) => q.prompt)],
    ...data.rows.map((row) => [row.id, row.created_at, ...questions.map((q) => row.answers[q.id] ?? '')]),
  ];
}
