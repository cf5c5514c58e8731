// What changed between two versions of a plan, section by section, as a reader reads them: the
// plan document (the summary's, in the reader's language) of each version, each section flattened
// into lines (a field with its value, a list item, a table row, a paragraph), then compared line
// by line. A field whose value changed reads "before → now"; other lines were added or removed.
import type { Block, PlanDocument } from './plan-markdown';

export interface DiffLine {
  /** The field's or the table row's label; null for a paragraph or a list item. */
  label: string | null;
  text: string;
}

export type DiffEntry =
  | { kind: 'changed'; label: string; before: string; now: string }
  | { kind: 'removed'; line: DiffLine }
  | { kind: 'added'; line: DiffLine };

export interface SectionDiff {
  id: string;
  heading: string;
  entries: DiffEntry[];
}

function blockLines(block: Block): DiffLine[] {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return [{ label: null, text: block.text }];
    case 'fields':
      return block.items.map((item) => ({ label: item.label, text: item.value }));
    case 'list':
      return block.items.map((text) => ({ label: null, text }));
    case 'table':
      // A row is read by its first cell, the others named by their column.
      return block.rows.map((row) => ({
        label: `${block.caption} · ${row[0] ?? ''}`,
        text: row
          .slice(1)
          .map((cell, i) => `${block.headers[i + 1] ?? ''} ${cell}`.trim())
          .join(' · '),
      }));
  }
}

const keyOf = (line: DiffLine) => `${line.label ?? ''}\u0000${line.text}`;

/** The lines of `before` and `after` that the longest common subsequence leaves out. */
function unmatched(before: DiffLine[], after: DiffLine[]): { removed: DiffLine[]; added: DiffLine[] } {
  const a = before.map(keyOf);
  const b = after.map(keyOf);
  const width = b.length + 1;
  // common[i * width + j]: the longest common subsequence of a[i…] and b[j…].
  const common = new Int32Array((a.length + 1) * width);
  const at = (i: number, j: number) => common[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      common[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const removed: DiffLine[] = [];
  const added: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const left = before[i];
    const right = after[j];
    if (left && right && a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if (left && (!right || at(i + 1, j) >= at(i, j + 1))) {
      removed.push(left);
      i += 1;
    } else if (right) {
      added.push(right);
      j += 1;
    } else {
      return { removed, added };
    }
  }
}

/** A field removed and added under the same label is one field whose value changed. */
function entriesOf(removed: DiffLine[], added: DiffLine[]): DiffEntry[] {
  const entries: DiffEntry[] = [];
  const rest = [...added];
  for (const line of removed) {
    const label = line.label;
    const match = label === null ? -1 : rest.findIndex((other) => other.label === label);
    const now = rest[match];
    if (label !== null && now) {
      entries.push({ kind: 'changed', label, before: line.text, now: now.text });
      rest.splice(match, 1);
    } else {
      entries.push({ kind: 'removed', line });
    }
  }
  return [...entries, ...rest.map((line): DiffEntry => ({ kind: 'added', line }))];
}

/** The sections of `after` that differ from `before` (by id), each with its changes, in `after`'s order. */
export function documentChanges(before: PlanDocument, after: PlanDocument): SectionDiff[] {
  const linesOf = (doc: PlanDocument) => new Map(doc.sections.map((s) => [s.id, s.blocks.flatMap(blockLines)]));
  const old = linesOf(before);
  return after.sections.flatMap((section) => {
    const { removed, added } = unmatched(old.get(section.id) ?? [], section.blocks.flatMap(blockLines));
    const entries = entriesOf(removed, added);
    return entries.length > 0 ? [{ id: section.id, heading: section.heading, entries }] : [];
  });
}
