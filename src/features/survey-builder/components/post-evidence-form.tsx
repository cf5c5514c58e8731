import { useState } from 'react';
import { VerdictCard } from '@/components/survey/verdict-card';
import { Field } from '@/components/ui/field';
import { emptyPostText, parsePost, postFields, postText, postVerdict, type PostField, type PostText } from '@/domain/verdict';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

const labels: Record<PostField, MessageKey> = {
  reach: 'survey.post.reach',
  comments: 'survey.post.comments',
  directMessages: 'survey.post.dms',
  signups: 'survey.post.signups',
  targetRate: 'survey.post.targetRate',
  minReach: 'survey.post.minReach',
};

/**
 * Alternative evidence: a creator who tested with a post logs it and gets the same kind of verdict.
 * Saved as it is typed, like the plan's other figures (no submit): what is typed stays on screen,
 * only a valid post reaches the draft. The rules are the domain's (parsePost).
 */
export function PostEvidenceForm() {
  const t = useT();
  const survey = usePlanDraft((s) => s.sections.survey);
  const setSection = usePlanDraft((s) => s.setSection);
  const saved = survey?.post;
  const [text, setText] = useState<PostText>(() => postText(saved));

  const parsed = parsePost(text);
  const change = (key: PostField, value: string) => {
    const next = { ...text, [key]: value };
    setText(next);
    const post = parsePost(next);
    if (post) setSection('survey', { ...survey, post });
  };
  const anyTyped = postFields.some((key) => text[key] !== emptyPostText[key]);
  const invalid = anyTyped && !parsed;

  return (
    <section aria-labelledby="survey-post" className="panel">
      <details open={!!saved}>
        <summary>
          <h2 id="survey-post" className="summary-heading">{t('survey.post.title')}</h2>
        </summary>
        <p className="hint">{t('survey.post.help')}</p>
        <div className="post-grid">
          {postFields.map((key) => (
            <Field key={key} label={t(labels[key])}>
              {(props) => (
                <input {...props} type="number" inputMode="decimal" min={0} className="input-narrow" value={text[key]}
                  aria-invalid={invalid ? true : undefined} aria-errormessage={invalid ? 'survey-post-invalid' : undefined}
                  onChange={(e) => change(key, e.target.value)} />
              )}
            </Field>
          ))}
        </div>
        {invalid ? <p id="survey-post-invalid" className="field-error" role="alert">{t('survey.post.invalid')}</p> : null}
        {parsed ? (
          <VerdictCard verdict={postVerdict(parsed, { targetRate: parsed.targetRate, minResponses: parsed.minReach })} headingLevel={3} />
        ) : null}
      </details>
    </section>
  );
}
