import { Link } from 'react-router';
import { PlanBlock } from '@/components/plan/plan-block';
import type { DocSection, PlanDocument } from '@/domain/plan-markdown';
import { useT } from '@/i18n/i18n';
import { stepOfSection, type SummarySectionId } from '../lib/summary-document';

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
        <PlanBlock key={i} block={block} />
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
