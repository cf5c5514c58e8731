import { useT } from '@/i18n/i18n';
import { Button } from '@/components/ui/button';
import type { DiffEntry, SectionDiff } from '@/domain/plan-diff';

const changeId = (index: number) => `plan-change-${index}`;

/** Moves to a change: its heading takes the focus (a screen reader reads it) and comes into view. */
function goTo(index: number) {
  const heading = document.getElementById(changeId(index));
  heading?.focus();
  heading?.scrollIntoView?.({ block: 'start' });
}

/** At the top of the review: which sections changed since the version the coach last decided on. */
export function ChangesSummary({ changes, from, to }: { changes: readonly SectionDiff[]; from: number; to: number }) {
  const t = useT();
  return (
    <section className="panel plan-changes" aria-labelledby="plan-changes-title">
      <h2 id="plan-changes-title">{t('review.diff.title', { number: from })}</h2>
      <p className="muted">{t('review.diff.intro', { from, to })}</p>
      {changes.length === 0 ? (
        <p>{t('review.diff.none')}</p>
      ) : (
        <>
          <p>{t('review.diff.sections', { count: changes.length })}</p>
          <ol className="plan-changes-list">
            {changes.map((change, i) => (
              <li key={change.id}>
                <a
                  href={`#${changeId(i)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    goTo(i);
                  }}
                >
                  {change.heading}
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function EntryView({ entry }: { entry: DiffEntry }) {
  const t = useT();
  switch (entry.kind) {
    case 'changed':
      return (
        <div className="diff-entry diff-changed">
          {entry.label !== null ? (
            <p className="diff-label" dir="auto">
              {entry.label}
            </p>
          ) : null}
          <p>
            <span className="diff-tag">{t('review.diff.before')}</span>{' '}
            <del dir="auto">{entry.before}</del>
          </p>
          <p>
            <span className="diff-tag">{t('review.diff.now')}</span>{' '}
            <ins dir="auto">{entry.now}</ins>
          </p>
        </div>
      );
    case 'removed':
    case 'added':
      return (
        <div className={`diff-entry diff-${entry.kind}`}>
          <p>
            <span className="diff-tag">{t(entry.kind === 'removed' ? 'review.diff.removed' : 'review.diff.added')}</span>{' '}
            {entry.line.label ? <span className="diff-label">{entry.line.label} </span> : null}
            {entry.kind === 'removed' ? <del dir="auto">{entry.line.text}</del> : <ins dir="auto">{entry.line.text}</ins>}
          </p>
        </div>
      );
  }
}

/** In a section of the review: what changed in it, as before and now, and a way on to the next change. */
export function ChangeBlock({ changes, index, from }: { changes: readonly SectionDiff[]; index: number; from: number }) {
  const t = useT();
  const change = changes[index];
  if (!change) return null;
  const last = index === changes.length - 1;
  return (
    <div className="plan-change" data-change={change.id}>
      <h4 id={changeId(index)} tabIndex={-1}>
        {t('review.diff.sectionTitle', { number: from })}{' '}
        <span className="muted">({t('review.diff.position', { n: index + 1, total: changes.length })})</span>
      </h4>
      {change.entries.map((entry, i) => (
        <EntryView key={i} entry={entry} />
      ))}
      {changes.length > 1 ? (
        <Button variant="link" onClick={() => goTo(last ? 0 : index + 1)}>
          {t(last ? 'review.diff.first' : 'review.diff.next')}
        </Button>
      ) : null}
    </div>
  );
}
