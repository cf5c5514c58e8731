import { useMemo, useState } from 'react';
import { SectionComments } from '@/components/plan/section-comments';
import { lintNiche } from '@/domain/niche-lint';
import { GuidedPrompts } from './guided-prompts';
import { NicheExamples } from './niche-examples';
import { NicheFindings } from './niche-findings';
import { SizeAndShape } from './size-and-shape';
import { StatementField } from './statement-field';
import { usePlanSection } from '@/stores/plan-draft';

// What a section reads as before anything is written (one value, so renders stay stable).
const emptyNiche = { statement: '' };

export function NicheStep() {
  const [niche, update] = usePlanSection('niche', emptyNiche);
  const findings = useMemo(() => lintNiche(niche.statement), [niche.statement]);
  // Nothing written yet (or the saved plan still loading) is a start, not a mistake: the empty
  // statement is shown as the first thing to do, not as something "to fix".
  const [touched, setTouched] = useState(niche.statement !== '');
  if (!touched && niche.statement !== '') setTouched(true);
  return (
    <div className="niche-step">
      <SectionComments section="niche" />
      <div className="niche-main">
        <GuidedPrompts niche={niche} update={update} />
        <StatementField statement={niche.statement} onChange={(statement) => update({ statement })} />
        <SizeAndShape niche={niche} update={update} />
      </div>
      <aside className="niche-margin" aria-labelledby="niche-findings-title">
        <NicheFindings findings={findings} untouched={!touched} />
        <NicheExamples />
      </aside>
    </div>
  );
}
