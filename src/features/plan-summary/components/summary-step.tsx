import { useId, useState } from 'react';
import { SectionComments } from '@/components/plan/section-comments';
import { LearningHistory } from '@/components/survey/learning-history';
import { Button } from '@/components/ui/button';
import { markdownFileName, planMarkdown } from '@/domain/plan-markdown';
import { useLocale, useT } from '@/i18n/i18n';
import { downloadText } from '@/lib/download';
import { usePlanDraft } from '@/stores/plan-draft';
import { useSurveyVerdict } from '../api/get-survey-verdict';
import { useMyCheckins } from '@/data/checkins/list-my-checkins';
import { useOptionalT } from '../hooks/use-optional-t';
import { useToday } from '@/data/profile/use-today';
import { buildSummaryDocument, learningSection, type SurveyState } from '../lib/summary-document';
import { useLearningCards } from '@/data/learning-cards/list-learning-cards';
import { useNicheVersions } from '@/data/learning-cards/list-niche-versions';
import { completedSteps, sectionKeys } from '@/domain/plan';
import { CoachSharePanel } from './coach-share-panel';
import { DocumentView } from './document-view';
import { ReviewRequestPanel } from './review-request-panel';

export function SummaryStep() {
  const t = useT();
  const locale = useLocale();
  const optional = useOptionalT();
  const today = useToday();
  const sections = usePlanDraft((s) => s.sections);
  const checkins = useMyCheckins();
  const surveyId = sections.survey?.surveyId;
  const surveyQuery = useSurveyVerdict(surveyId);
  const cards = useLearningCards();
  const versions = useNicheVersions();
  const [sharing, setSharing] = useState(false);
  const shareId = useId();

  const survey: SurveyState = !surveyId
    ? { state: 'none' }
    : surveyQuery.isSuccess
      ? { state: 'ready', ...surveyQuery.data }
      : surveyQuery.isError
        ? { state: 'error' }
        : { state: 'loading' };
  const doc = buildSummaryDocument({ sections, checkins: checkins.data ?? null, survey, today, locale, t, optional });
  const done = completedSteps(sections).length;
  // The export adds what the tests taught, which the page shows below the document.
  const exported = () =>
    cards.data && versions.data ? { ...doc, sections: [...doc.sections, learningSection({ cards: cards.data, versions: versions.data }, t, locale)] } : doc;

  return (
    <div className="plan-summary">
      <div className="summary-toolbar no-print" role="group" aria-label={t('summary.actions')}>
        <Button variant="primary" onClick={() => window.print()}>
          {t('summary.print')}
        </Button>
        <Button onClick={() => downloadText(markdownFileName(`${doc.title} ${sections.niche?.statement ?? ''}`), planMarkdown(exported()), 'text/markdown;charset=utf-8')}>
          {t('summary.markdown')}
        </Button>
        <Button aria-expanded={sharing} aria-controls={shareId} onClick={() => setSharing((open) => !open)}>
          {t('summary.share')}
        </Button>
      </div>
      <div id={shareId} className="panel share-panel no-print" hidden={!sharing}>
        <CoachSharePanel />
      </div>
      <ReviewRequestPanel />
      <SectionComments section="summary" />
      <p className="summary-progress no-print">{t('summary.progress', { done, total: sectionKeys.length })}</p>
      <p className="hint no-print">{t('summary.printHint')}</p>
      <DocumentView doc={doc} />
      <LearningHistory />
    </div>
  );
}
