// What changed between two versions of a plan, section by section, as a reader reads them: the
// plan document (the summary's, in the reader's language) of each version, each section flattened
// into lines (a field with its value, a list item, a table row, a paragraph), then compared line
// by line, in runs of consecutive differences. In a run, a field whose value changed reads
// "before → now", and so do unlabelled lines (a paragraph, a list item) when as many went as came,
// one for one; other lines were added or removed.
import type { Block, PlanDocument } from './plan-markdown';

export interface DiffLine {
  /** The field's or the table row's label; null for a paragraph or a list item. */
  label: string | null;
  text: string;
}

export type DiffEntry =
  | { kind: 'changed'; label: string | null; before: string; now: string }
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

interface Run {
  removed: DiffLine[];
  added: DiffLine[];
}

/** The runs of lines the longest common subsequence of `before` and `after` leaves out, in order. */
function differingRuns(before: DiffLine[], after: DiffLine[]): Run[] {
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
  const runs: Run[] = [];
  let run: Run = { removed: [], added: [] };
  const close = () => {
    if (run.removed.length + run.added.length > 0) runs.push(run);
    run = { removed: [], added: [] };
  };
  let i = 0;
  let j = 0;
  for (;;) {
    const left = before[i];
    const right = after[j];
    if (left && right && a[i] === b[j]) {
      close();
      i += 1;
      j += 1;
    } else if (left && (!right || at(i + 1, j) >= at(i, j + 1))) {
      run.removed.push(left);
      i += 1;
    } else if (right) {
      run.added.push(right);
      j += 1;
    } else {
      close();
      return runs;
    }
  }
}

/** One run's entries, in order: fields paired by label, unlabelled lines one for one when as many went as came. */
function entriesOf({ removed, added }: Run): DiffEntry[] {
  const cameText = added.filter((line) => line.label === null);
  const pairText = cameText.length > 0 && cameText.length === removed.filter((line) => line.label === null).length;
  const rest = [...added];
  const entries: DiffEntry[] = [];
  for (const line of removed) {
    const label = line.label;
    const match = label === null ? (pairText ? rest.findIndex((other) => other.label === null) : -1) : rest.findIndex((other) => other.label === label);
    const now = rest[match];
    if (now) {
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
    const entries = differingRuns(old.get(section.id) ?? [], section.blocks.flatMap(blockLines)).flatMap(entriesOf);
    return entries.length > 0 ? [{ id: section.id, heading: section.heading, entries }] : [];
  });
}
