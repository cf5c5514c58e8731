import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PublicRpc } from '@/data/public-rpc';
import { BackendError } from '@/data/errors';
import type { AnswerCheck } from '@/domain/survey-answers';
import { cleanText, isBlankText } from '@/domain/text-rules';
import { fallbackLocale, useRespondT, type RespondKey } from '@/i18n/respond';
import { getPublicSurvey, submitResponse, type PublicSurvey } from '../api/public-survey';
import { loadRespondent, saveRespondent, type RespondentState } from '../lib/respondent-store';
import { SurveyForm, type FormValues } from '@/components/survey/survey-form';

type Load =
  | { state: 'loading' }
  | { state: 'not_found' }
  | { state: 'failed'; key: RespondKey }
  | { state: 'ready'; survey: PublicSurvey };

const errorKeys = new Set(['survey_not_found', 'survey_closed', 'invalid_answers', 'invalid_respondent_key', 'invalid_email', 'consent_required', 'rate_limited', 'network']);
const errorText = (error: unknown): RespondKey =>
  `respond.errors.${error instanceof BackendError && errorKeys.has(error.key) ? error.key : 'unknown'}` as RespondKey;

/** The public survey page: one screen, mobile first, in the survey's language. */
export function RespondPage({ slug, rpc, localMode }: { slug: string; rpc: PublicRpc | null; localMode: boolean }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [respondent, setRespondent] = useState<RespondentState>(() => loadRespondent(slug));
  const [sending, setSending] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  /** Sent from this page (not on a return visit): the thank-you heading takes the focus once drawn. */
  const [justSent, setJustSent] = useState(false);

  const update = useCallback(
    (next: RespondentState) => {
      setRespondent(next);
      saveRespondent(slug, next);
    },
    [slug],
  );

  useEffect(() => {
    if (!rpc) return;
    let active = true;
    getPublicSurvey(rpc, slug).then(
      (survey) => active && setLoad({ state: 'ready', survey }),
      (error: unknown) => {
        if (!active) return;
        if (error instanceof BackendError && error.key === 'survey_not_found') setLoad({ state: 'not_found' });
        else setLoad({ state: 'failed', key: errorText(error) });
      },
    );
    return () => {
      active = false;
    };
  }, [rpc, slug]);

  const survey = load.state === 'ready' ? load.survey : null;

  // The survey's language once its messages are loaded; until then the page stays as it was.
  const { t, locale } = useRespondT(survey?.locale ?? fallbackLocale());
  useEffect(() => {
    document.documentElement.lang = locale;
    if (survey) document.title = survey.title;
  }, [locale, survey]);

  const send = useCallback(
    async (state: RespondentState, check: Pick<AnswerCheck, 'answers' | 'email'>) => {
      if (!rpc || !survey) return;
      setServerError(null);
      if (!navigator.onLine) {
        update({ ...state, status: 'pending' });
        return;
      }
      setSending(true);
      try {
        const responseId = await submitResponse(rpc, {
          slug,
          respondentKey: state.respondentKey,
          answers: check.answers,
          email: check.email,
          consent: state.consent,
        });
        update({ ...state, status: 'sent', responseId });
        setJustSent(true);
      } catch (error) {
        if (error instanceof BackendError && error.key === 'network') {
          update({ ...state, status: 'pending' });
        } else if (error instanceof BackendError && error.key === 'survey_closed') {
          setLoad({ state: 'ready', survey: { ...survey, status: 'closed' } });
        } else {
          update({ ...state, status: 'draft' });
          setServerError(t(errorText(error)));
        }
      } finally {
        setSending(false);
      }
    },
    [rpc, survey, slug, update, t],
  );

  // In the commit that draws it, before anything else runs: the Send button, disabled while
  // sending, has already let go of the focus.
  useLayoutEffect(() => {
    if (justSent && respondent.status === 'sent') heading.current?.focus();
  }, [justSent, respondent.status]);

  // A response kept while offline goes out when the connection returns (or on the next visit).
  useEffect(() => {
    if (respondent.status !== 'pending' || !survey) return;
    const retry = () => {
      const { answers, email } = pendingPayload(respondent);
      void send(respondent, { answers, email });
    };
    if (navigator.onLine) retry();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [respondent, survey, send]);

  const form: FormValues = { values: respondent.values, email: respondent.email, consent: respondent.consent };

  return (
    <main id="main" className="respond">
      {localMode ? <p className="respond-note">{t('respond.localMode')}</p> : null}
      {load.state === 'loading' ? (
        <p role="status">{t('respond.loading')}</p>
      ) : load.state === 'not_found' ? (
        <>
          <h1>{t('respond.notFoundTitle')}</h1>
          <p>{t('respond.notFound')}</p>
        </>
      ) : load.state === 'failed' ? (
        <p role="alert">{t(load.key)}</p>
      ) : load.survey.status === 'closed' && respondent.status !== 'sent' ? (
        <>
          <h1>{t('respond.closedTitle')}</h1>
          <p>{t('respond.closed')}</p>
        </>
      ) : respondent.status === 'sent' ? (
        <>
          <h1 ref={heading} tabIndex={-1}>{t('respond.thanksTitle')}</h1>
          <p>{t('respond.thanks')}</p>
        </>
      ) : (
        <>
          <h1 dir="auto">{load.survey.title}</h1>
          {load.survey.intro ? <p className="respond-intro" dir="auto">{load.survey.intro}</p> : null}
          {respondent.status === 'pending' ? (
            <div className="alert alert-warning" role="status">
              <p className="alert-title">{t('respond.pendingTitle')}</p>
              <p>{t('respond.pending')}</p>
              <button type="button" className="btn btn-secondary" onClick={() => void send(respondent, pendingPayload(respondent))}>
                {t('respond.retry')}
              </button>
            </div>
          ) : null}
          <SurveyForm
            survey={load.survey}
            form={form}
            sending={sending || respondent.status === 'pending'}
            serverError={serverError}
            onChange={(next) => update({ ...respondent, ...next, status: respondent.status === 'pending' ? 'pending' : 'draft' })}
            onSubmit={(check, honeypot) => {
              // A filled honeypot is a bot: thank it and send nothing.
              if (honeypot) return update({ ...respondent, status: 'sent', responseId: null });
              const next = { ...respondent, pendingAnswers: check.answers };
              void send(next, check);
            }}
          />
        </>
      )}
    </main>
  );
}

// The payload of a response kept while offline, as it was checked when the respondent sent it.
function pendingPayload(state: RespondentState) {
  return {
    answers: state.pendingAnswers ?? {},
    email: isBlankText(state.email) ? null : cleanText(state.email),
  };
}
