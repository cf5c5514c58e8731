import { useState } from 'react';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import { SURVEY_LIMITS, type SurveyDetail } from '@/domain/survey';
import { useT } from '@/i18n/i18n';
import { useUpdateSurvey } from '../api/update-survey';

/**
 * The test card's hypothesis: what the creator believes, in one sentence, saved on leaving the
 * field. Needed to publish and fixed from then on (update_survey refuses a change).
 */
export function HypothesisField({ survey }: { survey: SurveyDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const update = useUpdateSurvey(survey.id);
  const [text, setText] = useState(survey.hypothesis);
  const editable = survey.status === 'draft';
  const save = () => {
    if (text.trim() !== survey.hypothesis) update.mutate({ hypothesis: text });
  };

  if (!editable) {
    return survey.hypothesis ? (
      <p className="test-card-hypothesis">
        <strong>{t('survey.builder.hypothesis')}</strong> <span dir="auto">{survey.hypothesis}</span>
      </p>
    ) : null;
  }
  return (
    <>
      <Field label={t('survey.builder.hypothesis')} hint={t('survey.builder.hypothesisHint')}>
        {(props) => (
          <textarea {...props} dir="auto" rows={2} maxLength={SURVEY_LIMITS.hypothesis} value={text}
            onChange={(e) => setText(e.target.value)} onBlur={save} />
        )}
      </Field>
      <p role="status" className="hint">{update.isSuccess && text.trim() === survey.hypothesis ? t('survey.builder.hypothesisSaved') : null}</p>
      {update.isError ? <p role="alert" className="field-error">{errorText(update.error)}</p> : null}
    </>
  );
}
