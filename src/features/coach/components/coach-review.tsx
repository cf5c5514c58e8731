import { Link, useParams } from 'react-router';
import { CommentForm } from '@/components/plan/comment-form';
import { CommentThreads } from '@/components/plan/comment-threads';
import { Alert } from '@/components/ui/alert';
import { useErrorText } from '@/components/ui/error-message';
import { BackendError } from '@/data/errors';
import { useSession } from '@/data/profile/use-session';
import type { Checkin } from '@/domain/engagement';
import { planSteps, type Sections } from '@/domain/plan';
import type { PlanDocument } from '@/domain/plan-markdown';
import { openThreadCount, type CommentSection } from '@/domain/plan-review';
import { documentChanges, type SectionDiff } from '@/domain/plan-diff';
import { verdictStrength, type EvidenceStrength } from '@/domain/evidence';
import { thresholdVerdict, type Verdict } from '@/domain/verdict';
import { useLocale, useT } from '@/i18n/i18n';
import { useCoachPlan, type CoachPlan } from '../api/get-coach-plan';
import type { PlanSurvey } from '../api/coach-schemas';
import { ChangeBlock, ChangesSummary } from './plan-changes';
import { PlanBlock } from '@/components/plan/plan-block';
import { LearningHistory } from '@/components/survey/learning-history';
import { ReviewPanel } from './review-panel';
import { SurveyResultsSection, type QuestionResultComponent } from './survey-results-section';
import { formatInstant } from '@/i18n/format';

/** A survey as the plan document reads it: its card, its verdict and what that verdict rests on. */
function surveyState(survey: PlanSurvey): ReviewSurveyState {
  if (!survey) return { state: 'none' };
  const verdict = thresholdVerdict(survey.threshold);
  return { state: 'ready', title: survey.title, hypothesis: survey.hypothesis, responses: survey.responses, verdict, strength: verdictStrength(verdict, survey.evidence) };
}

export type ReviewSurveyState =
  | { state: 'none' }
  | { state: 'ready'; title: string; hypothesis: string; responses: number; verdict: Verdict | null; strength: EvidenceStrength | null };

/** The plan as the summary writes it: built by the plan-summary feature, handed in by the route. */
export type BuildPlanDocument = (input: { sections: Sections; checkins: readonly Checkin[]; survey: ReviewSurveyState }) => PlanDocument;

// The wizard's steps the coach comments on; the summary stands for the whole plan.
const reviewedSteps = planSteps.filter((step) => step !== 'summary');

/** Which step a section of the plan document belongs to ("money" is part of the launch step). */
function stepOfDocSection(id: string): CommentSection {
  if ((planSteps as readonly string[]).includes(id)) return id as CommentSection;
  return id === 'money' ? 'launch' : 'summary';
}

function SectionThread({ plan, section, viewerId }: { plan: CoachPlan; section: CommentSection; viewerId: string | null }) {
  const t = useT();
  const name = section === 'summary' ? t('coach.review.wholePlan') : t(`step.${section}`);
  const hasThreads = plan.comments.some((c) => c.section === section && !c.parentId);
  return (
    <div className="coach-comments">
      <h3>{t('coach.review.commentsOn', { section: name })}</h3>
      {hasThreads ? <p className="muted">{t('review.thread.open', { count: openThreadCount(plan.comments, section) })}</p> : null}
      <CommentThreads planId={plan.planId} section={section} comments={plan.comments} viewerId={viewerId} canReply />
      <CommentForm planId={plan.planId} section={section} label={t('coach.review.commentLabel', { section: name })} submitLabel={t('coach.review.send')} />
    </div>
  );
}

/** /coach/plans/:planId: a client's plan, read-only, section by section, with comments and a status. */
export function CoachReview({ buildDocument, QuestionResult }: { buildDocument: BuildPlanDocument; QuestionResult: QuestionResultComponent }) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const { planId = '' } = useParams();
  const query = useCoachPlan(planId);
  const session = useSession();
  const viewerId = session.data?.userId ?? null;

  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  // An error wins over data already shown: once access is revoked, nothing of the plan stays on screen.
  if (query.isError) {
    const revoked = query.error instanceof BackendError && query.error.key === 'coach_access_revoked';
    return (
      <div className="coach-review">
        <h1>{t(revoked ? 'coach.review.revokedTitle' : 'coach.review.unavailableTitle')}</h1>
        <Alert tone="error">{errorText(query.error)}</Alert>
        <p>
          <Link to="/coach">{t('coach.review.back')}</Link>
        </p>
      </div>
    );
  }

  const plan = query.data;
  // What the coach reads and decides on: the version sent (as it was), else the plan as it is now.
  const reviewing = plan.reviewing;
  const documentOf = (sections: Sections, survey: PlanSurvey) => buildDocument({ sections, checkins: plan.checkins, survey: surveyState(survey) });
  const doc = reviewing ? documentOf(reviewing.sections, reviewing.survey) : documentOf(plan.sections, plan.survey);
  const changes: SectionDiff[] | null =
    reviewing && plan.compared
      ? documentChanges(documentOf(plan.compared.sections, plan.compared.survey), doc).filter((change) => stepOfDocSection(change.id) !== 'summary')
      : null;
  const changeIndex = new Map((changes ?? []).map((change, i) => [change.id, i]));
  const date = (iso: string) => formatInstant(iso, locale);
  const clientName = plan.client.displayName || t('coach.list.unnamed');

  return (
    <div className="coach-review">
      <p>
        <Link to="/coach">← {t('coach.review.back')}</Link>
      </p>
      <h1 dir="auto">{t('coach.review.title', { name: clientName })}</h1>
      {doc.lead.slice(0, 1).map((line) => (
        <p key={line} className="plan-document-niche" dir="auto">
          {line}
        </p>
      ))}
      <p className="muted">{t('coach.review.meta', { shared: date(plan.sharedAt), updated: date(plan.updatedAt) })}</p>
      <p className="hint">{t('coach.review.readOnly')}</p>
      {reviewing ? (
        <div className="panel review-version" role="note">
          <p>
            <strong>{t('review.coach.reviewing', { number: reviewing.number, date: date(reviewing.createdAt) })}</strong>
          </p>
          {reviewing.note ? <p dir="auto">{t('review.coach.note', { note: reviewing.note })}</p> : null}
          {plan.changedSinceRequest ? <p className="muted">{t('review.coach.changedSince')}</p> : null}
        </div>
      ) : (
        <p className="panel review-version">{t('review.coach.noRequest')}</p>
      )}
      <ReviewPanel
        planId={plan.planId}
        reviews={plan.reviews}
        viewerId={viewerId}
        reviewing={reviewing?.number ?? null}
        openThreads={openThreadCount(plan.comments)}
      />
      {changes && plan.compared && reviewing ? <ChangesSummary changes={changes} from={plan.compared.number} to={reviewing.number} /> : null}

      {reviewedSteps.map((step) => {
        const sections = doc.sections.filter((section) => stepOfDocSection(section.id) === step);
        // A step made of one section is headed once, by the step's name, with the section's status beside it.
        const single = sections.length === 1 ? sections[0] : undefined;
        const badge = (section: (typeof sections)[number]) => (
          <span className={`status-badge ${section.complete ? 'status-published' : 'status-draft'}`}>{section.status}</span>
        );
        return (
          <section key={step} className="coach-step panel" aria-labelledby={`coach-step-${step}`}>
            <div className="summary-section-head">
              <h2 id={`coach-step-${step}`}>{t(`step.${step}`)}</h2>
              {single ? badge(single) : null}
            </div>
            {sections.map((section) => (
              <div key={section.id} className="coach-doc-section" data-section={section.id}>
                {single ? null : (
                  <div className="summary-section-head">
                    <h3>{section.heading}</h3>
                    {badge(section)}
                  </div>
                )}
                {changes && plan.compared && changeIndex.has(section.id) ? (
                  <ChangeBlock changes={changes} index={changeIndex.get(section.id) ?? -1} from={plan.compared.number} />
                ) : null}
                {section.blocks.map((block, i) => (
                  <PlanBlock key={i} block={block} />
                ))}
              </div>
            ))}
            {step === 'survey' && plan.survey ? <SurveyResultsSection survey={plan.survey} QuestionResult={QuestionResult} /> : null}
            <SectionThread plan={plan} section={step} viewerId={viewerId} />
          </section>
        );
      })}
      <LearningHistory planId={plan.planId} />
      <section className="coach-step panel" aria-labelledby="coach-step-summary">
        <h2 id="coach-step-summary">{t('coach.review.wholePlan')}</h2>
        <SectionThread plan={plan} section="summary" viewerId={viewerId} />
      </section>
    </div>
  );
}
