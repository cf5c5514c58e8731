import { useState } from 'react';
import { VerdictCard } from '@/components/survey/verdict-card';
import { Field } from '@/components/ui/field';
import { postVerdict } from '@/domain/verdict';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n';
import { usePlanDraft } from '@/stores/plan-draft';

type PostKey = 'reach' | 'comments' | 'directMessages' | 'signups' | 'targetRate' | 'minReach';
const fields: { key: PostKey; label: MessageKey }[] = [
  { key: 'reach', label: 'survey.post.reach' },
  { key: 'comments', label: 'survey.post.comments' },
  { key: 'directMessages', label: 'survey.post.dms' },
  { key: 'signups', label: 'survey.post.signups' },
  { key: 'targetRate', label: 'survey.post.targetRate' },
  { key: 'minReach', label: 'survey.post.minReach' },
];
const defaults: Record<PostKey, string> = { reach: '', comments: '', directMessages: '', signups: '', targetRate: '5', minReach: '100' };

/** Alternative evidence: a creator who tested with a post logs it and gets the same kind of verdict. */
export function PostEvidenceForm() {
  const t = useT();
  const survey = usePlanDraft((s) => s.sections.survey);
  const setSection = usePlanDraft((s) => s.setSection);
  const saved = survey?.post;
  const [text, setText] = useState<Record<PostKey, string>>(() =>
    saved
      ? { ...defaults, ...Object.fromEntries(Object.entries(saved).map(([k, v]) => [k, String(k === 'targetRate' ? Math.round(v * 1000) / 10 : v)])) }
      : defaults,
  );

  const parsed = parse(text);
  const change = (key: PostKey, value: string) => {
    const next = { ...text, [key]: value };
    setText(next);
    const post = parse(next);
    if (post) setSection('survey', { ...survey, post });
  };
  const anyTyped = fields.some(({ key }) => text[key] !== defaults[key]);

  return (
    <section aria-labelledby="survey-post" className="panel">
      <details open={!!saved}>
        <summary>
          <h2 id="survey-post" className="summary-heading">{t('survey.post.title')}</h2>
        </summary>
        <p className="hint">{t('survey.post.help')}</p>
        <div className="post-grid">
          {fields.map(({ key, label }) => (
            <Field key={key} label={t(label)}>
              {(props) => (
                <input {...props} type="number" inputMode="decimal" min={0} className="input-narrow" value={text[key]}
                  onChange={(e) => change(key, e.target.value)} />
              )}
            </Field>
          ))}
        </div>
        {anyTyped && !parsed ? <p className="field-error" role="alert">{t('survey.post.invalid')}</p> : null}
        {parsed ? (
          <VerdictCard verdict={postVerdict(parsed, { targetRate: parsed.targetRate, minResponses: parsed.minReach })} headingLevel={3} />
        ) : null}
      </details>
    </section>
  );
}

function parse(text: Record<PostKey, string>) {
  const n = (key: PostKey) => (text[key].trim() === '' ? NaN : Number(text[key]));
  const counts = { reach: n('reach'), comments: n('comments'), directMessages: n('directMessages'), signups: n('signups'), minReach: n('minReach') };
  const rate = n('targetRate');
  const valid =
    Object.values(counts).every((v) => Number.isInteger(v) && v >= 0 && v <= 100_000_000) &&
    counts.minReach >= 1 && counts.signups <= counts.reach && rate > 0 && rate <= 100;
  return valid ? { ...counts, targetRate: rate / 100 } : null;
}
