import { useWatch } from 'react-hook-form';
import { LearningCardView } from '@/components/survey/learning-card-view';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/error-message';
import { Form, FormField, useZodForm } from '@/components/ui/form';
import { useLearningCards } from '@/data/learning-cards/list-learning-cards';
import { learningCardErrorCodes, learningDecisions, LEARNED_MAX, type LearningCardErrorCode } from '@/domain/learning-card';
import { NICHE_MAX_WORDS } from '@/domain/niche-lint';
import { countWords } from '@/domain/word-count';
import { useT } from '@/i18n/i18n';
import { saveLearningCardInput, useSaveLearningCard, type SaveLearningCardInput } from '../api/save-learning-card';

/** Once the survey has ended: the form that writes its learning card, then the card. */
export function LearningCardPanel({ surveyId }: { surveyId: string }) {
  const t = useT();
  const errorText = useErrorText();
  const cards = useLearningCards();
  // Here rather than in the form, which the saved card replaces: its state outlives the form.
  const save = useSaveLearningCard(surveyId);
  const justSaved = save.isSuccess;
  const card = cards.data?.find((c) => c.survey_id === surveyId);

  return (
    <section className="panel learning-panel" aria-labelledby="learning-title">
      <h2 id="learning-title">{t('learning.title')}</h2>
      {/* One live region, there from the start, so that the word "saved" is announced. */}
      <p role="status" className="learning-status">
        {cards.isPending ? t('learning.loading') : justSaved ? t('learning.saved') : ''}
      </p>
      {cards.isPending ? null : cards.isError ? (
        <Alert tone="error">{errorText(cards.error)}</Alert>
      ) : card ? (
        <LearningCardView card={card} focusOnMount={justSaved} />
      ) : (
        <LearningCardForm save={save} />
      )}
    </section>
  );
}

function LearningCardForm({ save }: { save: ReturnType<typeof useSaveLearningCard> }) {
  const t = useT();
  const errorText = useErrorText();
  const form = useZodForm(saveLearningCardInput, { defaultValues: { learned: '', decision: 'persevere', nicheStatement: '' } });
  const learned = useWatch({ control: form.control, name: 'learned' });
  const decision = useWatch({ control: form.control, name: 'decision' });
  const statement = useWatch({ control: form.control, name: 'nicheStatement' }) ?? '';
  const words = countWords(statement);
  const message = (code: string) =>
    (learningCardErrorCodes as readonly string[]).includes(code) ? t(`learning.error.${code as LearningCardErrorCode}`) : t('errors.invalid_learning_card');

  return (
    <Form form={form} message={message} className="learning-card-form" onSubmit={(values) => save.mutate(values)}>
      <p className="hint">{t('learning.intro')}</p>
      <FormField<SaveLearningCardInput>
        name="learned"
        label={t('learning.learned')}
        hint={t('learning.learned.hint')}
        extra={<span className="muted">{t('learning.learned.count', { count: learned.length, max: LEARNED_MAX })}</span>}
      >
        {(props) => <textarea {...props} rows={4} dir="auto" {...form.register('learned')} />}
      </FormField>
      <fieldset className="learning-decisions">
        <legend>{t('learning.decision')}</legend>
        {learningDecisions.map((value) => (
          <div key={value} className="choice-option learning-decision">
            <input type="radio" id={`learning-decision-${value}`} value={value} aria-describedby={`learning-decision-${value}-hint`} {...form.register('decision')} />
            <label htmlFor={`learning-decision-${value}`}>{t(`learning.decision.${value}`)}</label>
            <p id={`learning-decision-${value}-hint`} className="hint">
              {t(`learning.decision.${value}.hint`)}
            </p>
          </div>
        ))}
      </fieldset>
      {decision === 'narrow' ? (
        <FormField<SaveLearningCardInput>
          name="nicheStatement"
          label={t('learning.statement')}
          hint={t('learning.statement.hint')}
          extra={<span className="muted">{t('learning.statement.words', { count: words, over: words > NICHE_MAX_WORDS ? 'yes' : 'no' })}</span>}
        >
          {(props) => <input {...props} dir="auto" autoComplete="off" {...form.register('nicheStatement')} />}
        </FormField>
      ) : null}
      {save.isError ? <Alert tone="error">{errorText(save.error)}</Alert> : null}
      <Button type="submit" variant="primary" disabled={save.isPending}>
        {save.isPending ? t('learning.saving') : t('learning.save')}
      </Button>
    </Form>
  );
}
