// The one-page plan as a document (headings, fields, lists, tables), written out as Markdown.
// The summary page renders the same document, so what is exported is what was read.
// Everything a person typed is escaped: in any Markdown viewer it reads as the text it was,
// never as a link, an image, HTML or a heading.

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

/**
 * Plain text made inert in Markdown: every punctuation mark that Markdown, its common extensions
 * or HTML could read is backslash-escaped (CommonMark lets any ASCII punctuation be), control
 * characters are dropped, and line breaks become spaces (a new line could start a heading or a list).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
      .replace(/[\\`*_{}[\]()#+\-.!|<>~&=^$]/g, '\\$&')
      .trim()
  );
}

/** A table cell: escaped, and never empty (an empty cell can break some renderers' rows). */
function cell(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped === '' ? ' ' : escaped;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return escapeMarkdown(b.text);
    case 'note':
      return `_${escapeMarkdown(b.text)}_`;
    case 'fields':
      return b.items.map((item) => `- **${escapeMarkdown(item.label)}**: ${escapeMarkdown(item.value)}`).join('\n');
    case 'list':
      return b.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
    case 'table': {
      const head = `| ${b.headers.map(cell).join(' | ')} |`;
      const rule = `| ${b.headers.map(() => '---').join(' | ')} |`;
      const rows = b.rows.map((row) => `| ${b.headers.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`);
      return [`**${escapeMarkdown(b.caption)}**`, '', head, rule, ...rows].join('\n');
    }
  }
}

export function planMarkdown(doc: PlanDocument): string {
  const parts: string[] = [`# ${escapeMarkdown(doc.title)}`];
  for (const line of doc.lead) parts.push(escapeMarkdown(line));
  for (const section of doc.sections) {
    parts.push(`## ${escapeMarkdown(section.heading)}`);
    parts.push(`_${escapeMarkdown(section.status)}_`);
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
