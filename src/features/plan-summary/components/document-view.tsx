import { Link } from 'react-router';
import type { Block, DocSection, PlanDocument } from '@/domain/plan-markdown';
import { useT } from '@/i18n/i18n';
import { stepOfSection, type SummarySectionId } from '../lib/summary-document';

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return <p dir="auto">{block.text}</p>;
    case 'note':
      return <p className="hint">{block.text}</p>;
    case 'fields':
      return (
        <dl className="summary-fields">
          {block.items.map((item, i) => (
            <div key={i}>
              <dt>{item.label}</dt>
              <dd dir="auto">{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return (
        <ul className="summary-list">
          {block.items.map((item, i) => (
            <li key={i} dir="auto">{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="summary-table">
          <caption>{block.caption}</caption>
          <thead>
            <tr>{block.headers.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (j === 0 ? <th key={j} scope="row" dir="auto">{cell}</th> : <td key={j} dir="auto">{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

function SectionView({ section }: { section: DocSection }) {
  const t = useT();
  const headingId = `summary-${section.id}`;
  return (
    <section aria-labelledby={headingId} className={`summary-section ${section.complete ? 'summary-complete' : 'summary-incomplete'}`} data-section={section.id}>
      <div className="summary-section-head">
        <h3 id={headingId}>{section.heading}</h3>
        <span className={`status-badge ${section.complete ? 'status-published' : 'status-draft'}`}>{section.status}</span>
        <Link className="no-print summary-edit" to={stepOfSection[section.id as SummarySectionId]} aria-label={t('summary.edit', { section: section.heading })}>
          {t('summary.editShort')}
        </Link>
      </div>
      {section.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </section>
  );
}

/** The plan as a document: the same one the Markdown export writes. */
export function DocumentView({ doc }: { doc: PlanDocument }) {
  return (
    <article className="plan-document" aria-labelledby="plan-document-title">
      <header className="plan-document-head">
        <h2 id="plan-document-title">{doc.title}</h2>
        {doc.lead.map((line, i) => (
          <p key={i} dir="auto" className={i === 0 ? 'plan-document-niche' : 'muted'}>
            {line}
          </p>
        ))}
      </header>
      {doc.sections.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}
    </article>
  );
}
