// The one-page plan as a document (headings, fields, lists, tables), written out as Markdown.
// The summary page renders the same document, so what is exported is what was read.
// Everything a person typed is escaped where it would mean something: in any Markdown viewer it
// reads as the text it was, never as a link, an image, HTML or a heading, and plain sentences
// stay free of backslashes.

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; items: { label: string; value: string }[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; headers: string[]; rows: string[][] }
  | { kind: 'note'; text: string };

export interface DocSection {
  id: string;
  heading: string;
  complete: boolean;
  /** "Complete" / "Not filled in yet", in the reader's language. */
  status: string;
  blocks: Block[];
}

export interface PlanDocument {
  title: string;
  /** Lines under the title: the niche statement, the date. */
  lead: string[];
  sections: DocSection[];
}

/** Drops control characters and folds line breaks into spaces (a new line could start a heading or a list). */
function oneLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
      .trim()
  );
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** Whether the run of `_` at `i` sits between two letters or digits ("a_b", "a__b"): it cannot open or close emphasis there. */
function insideWord(chars: string[], i: number): boolean {
  let start = i;
  while (chars[start - 1] === '_') start -= 1;
  let end = i;
  while (chars[end + 1] === '_') end += 1;
  return ALPHANUMERIC.test(chars[start - 1] ?? '') && ALPHANUMERIC.test(chars[end + 1] ?? '');
}

/**
 * Plain text made inert inside a line of Markdown (CommonMark and GitHub's extensions), with a
 * backslash before only the characters that would change its meaning where they stand: emphasis
 * and code marks, brackets, a `_` that is not inside a word, a `<` that opens a tag, an `&` that
 * spells an entity, a `~` (strikethrough) and a backslash before punctuation or at the end. "50 % (about)",
 * "check-in(s)", "a_b_c" and "1 of 5." stay as they are.
 */
export function escapeInline(text: string): string {
  const chars = [...oneLine(text)];
  return chars
    .map((char, i) => {
      const after = chars[i + 1] ?? '';
      const rest = chars.slice(i + 1, i + 34).join('');
      const escape =
        /[*`[\]~]/.test(char) ||
        // At the end too: the text may be followed by a closing `_` or `**`.
        (char === '\\' && (after === '' || ASCII_PUNCTUATION.test(after))) ||
        (char === '_' && !insideWord(chars, i)) ||
        (char === '<' && /^[A-Za-z/!?]/.test(after)) ||
        (char === '&' && /^#?[A-Za-z0-9]+;/.test(rest));
      return escape ? `\\${char}` : char;
    })
    .join('');
}

/**
 * Plain text made inert at the start of a block (a paragraph, a list item, a heading): what
 * escapeInline does, and a first character that would open a heading, a quote, a list or a rule
 * ("# …", "> …", "- …", "1. …", "---") escaped too.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(/^([#>])/, '\\$1')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(-)(?=(?:\s*-){2,}\s*$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A table cell: inline text with its `|` escaped, and never empty (an empty cell can break some renderers' rows). */
function cell(text: string): string {
  const escaped = escapeInline(text).replace(/\|/g, '\\|');
  return escaped === '' ? ' ' : escaped;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return escapeMarkdown(b.text);
    case 'note':
      return `_${escapeInline(b.text)}_`;
    case 'fields':
      return b.items.map((item) => `- **${escapeInline(item.label)}**: ${escapeInline(item.value)}`).join('\n');
    case 'list':
      return b.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
    case 'table': {
      const head = `| ${b.headers.map(cell).join(' | ')} |`;
      const rule = `| ${b.headers.map(() => '---').join(' | ')} |`;
      const rows = b.rows.map((row) => `| ${b.headers.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`);
      return [`**${escapeInline(b.caption)}**`, '', head, rule, ...rows].join('\n');
    }
  }
}

export function planMarkdown(doc: PlanDocument): string {
  const parts: string[] = [`# ${escapeMarkdown(doc.title)}`];
  for (const line of doc.lead) parts.push(escapeMarkdown(line));
  for (const section of doc.sections) {
    parts.push(`## ${escapeMarkdown(section.heading)}`);
    parts.push(`_${escapeInline(section.status)}_`);
    for (const b of section.blocks) {
      const text = block(b);
      if (text.trim() !== '') parts.push(text);
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/** A file name from the plan's title: letters, digits and dashes only. */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'plan'}.md`;
}
