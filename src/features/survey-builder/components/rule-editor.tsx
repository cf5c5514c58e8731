import { useId } from 'react';
import { formatList } from '@/i18n/format';
import { useLocale, useT } from '@/i18n/i18n';
import type { EditableQuestion } from './question-editor';

type Rule = NonNullable<EditableQuestion['show_if']>;

const canLead = (question: EditableQuestion) =>
  question.kind === 'single_choice' || question.kind === 'multiple_choice' || question.kind === 'scale';

/** A prompt short enough for a menu entry. */
const short = (prompt: string) => (prompt.length > 60 ? `${prompt.slice(0, 59)}…` : prompt);

/** The rule a question gets when the creator picks the question it depends on. */
function firstRule(lead: EditableQuestion): Rule {
  if (lead.kind === 'scale') {
    const max = lead.max ?? 10;
    return { question_id: lead.uid, min: max, max };
  }
  return { question_id: lead.uid, option_keys: lead.options.slice(0, 1).map((o) => o.key) };
}

/**
 * "When to show this question": to everyone, or only after an earlier choice question (some of
 * its options) or scale (a range of it), with the rule said in words underneath.
 */
export function RuleEditor({ question, earlier, onChange }: {
  question: EditableQuestion;
  earlier: EditableQuestion[];
  onChange: (rule: Rule | null) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const rule = question.show_if ?? null;
  const leads = earlier.map((q, i) => ({ q, n: i + 1 })).filter(({ q }) => canLead(q));
  const leadIndex = rule ? earlier.findIndex((q) => q.uid === rule.question_id && canLead(q)) : -1;
  // Undefined when the rule's question was removed, moved below or made a text question: the
  // builder then lists the rule as a problem until another question or "everyone" is chosen.
  const lead = earlier[leadIndex];
  if (leads.length === 0 && !rule) return null;

  const words = (() => {
    if (!rule || !lead) return null;
    const n = leadIndex + 1;
    if ('option_keys' in rule) {
      const labels = lead.options.filter((o) => rule.option_keys.includes(o.key)).map((o) => t('survey.builder.rule.quoted', { label: o.label }));
      if (labels.length === 0) return null;
      const answers = formatList(labels, locale, 'disjunction');
      return t('survey.builder.rule.inWordsChoice', { answers, n });
    }
    return t('survey.builder.rule.inWordsScale', { min: rule.min, max: rule.max, n });
  })();

  return (
    <fieldset className="rule-editor" aria-describedby={words ? `${id}-words` : undefined}>
      <legend>{t('survey.builder.rule.legend')}</legend>
      <div className="field">
        <label htmlFor={`${id}-lead`}>{t('survey.builder.rule.lead')}</label>
        <select id={`${id}-lead`} value={rule ? rule.question_id : ''}
          onChange={(e) => {
            const next = earlier.find((q) => q.uid === e.target.value);
            onChange(next ? firstRule(next) : null);
          }}>
          <option value="">{t('survey.builder.rule.everyone')}</option>
          {rule && !lead ? <option value={rule.question_id}>{t('survey.builder.rule.gone')}</option> : null}
          {leads.map(({ q, n }) => (
            <option key={q.uid} value={q.uid}>{t('survey.builder.rule.after', { n, prompt: short(q.prompt) })}</option>
          ))}
        </select>
      </div>
      {rule && lead && 'option_keys' in rule && lead.kind !== 'scale' ? (
        <fieldset className="rule-options">
          <legend>{t('survey.builder.rule.whenChosen')}</legend>
          {lead.options.map((option) => (
            <label key={option.key} className="inline-choice">
              <input type="checkbox" checked={rule.option_keys.includes(option.key)}
                onChange={(e) => {
                  const chosen = new Set(rule.option_keys);
                  if (e.target.checked) chosen.add(option.key);
                  else chosen.delete(option.key);
                  onChange({ ...rule, option_keys: lead.options.map((o) => o.key).filter((key) => chosen.has(key)) });
                }} />
              <span dir="auto">{option.label}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {rule && lead && 'min' in rule && lead.kind === 'scale' ? (
        <div className="question-card-row">
          {(['min', 'max'] as const).map((bound) => (
            <div className="field" key={bound}>
              <label htmlFor={`${id}-${bound}`}>{t(bound === 'min' ? 'survey.builder.rule.from' : 'survey.builder.rule.to')}</label>
              <input id={`${id}-${bound}`} type="number" step={1} min={lead.min ?? 0} max={lead.max ?? 10} className="input-narrow"
                value={rule[bound]}
                onChange={(e) => e.target.value !== '' && onChange({ ...rule, [bound]: Number(e.target.value) })} />
            </div>
          ))}
        </div>
      ) : null}
      {words ? <p id={`${id}-words`} className="hint">{words}</p> : null}
    </fieldset>
  );
}
