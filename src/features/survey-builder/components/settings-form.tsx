import { useState } from 'react';
import { useErrorText } from '@/components/ui/error-message';
import { Field } from '@/components/ui/field';
import { SURVEY_LIMITS, type SurveyDetail } from '@/domain/survey';
import { useT } from '@/i18n/i18n';
import { useUpdateSurvey, type UpdateSurveyInput } from '../api/update-survey';

/** Title, introduction and language: editable while the survey is a draft, saved on leaving a field. */
export function SettingsForm({ survey }: { survey: SurveyDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const update = useUpdateSurvey(survey.id);
  const [title, setTitle] = useState(survey.title);
  const [intro, setIntro] = useState(survey.intro);
  const editable = survey.status === 'draft';
  const save = (patch: UpdateSurveyInput) => update.mutate(patch);

  return (
    <section aria-labelledby="builder-settings" className="panel">
      <h2 id="builder-settings">{t('survey.builder.settings')}</h2>
      {!editable ? <p className="hint">{t('survey.builder.lockedPublished')}</p> : null}
      <Field label={t('survey.builder.title')} error={title.trim() === '' ? t('survey.builder.problem.prompt') : null}>
        {(props) => (
          <input {...props} type="text" dir="auto" readOnly={!editable} maxLength={SURVEY_LIMITS.title} value={title}
            onChange={(e) => setTitle(e.target.value)}
            onBlur={() => title.trim() && title !== survey.title && save({ title })} />
        )}
      </Field>
      <Field label={t('survey.builder.intro')}>
        {(props) => (
          <textarea {...props} dir="auto" rows={2} readOnly={!editable} maxLength={SURVEY_LIMITS.intro} value={intro}
            onChange={(e) => setIntro(e.target.value)}
            onBlur={() => intro !== survey.intro && save({ intro })} />
        )}
      </Field>
      <Field label={t('survey.builder.locale')}>
        {(props) => (
          <select {...props} disabled={!editable} value={survey.locale} onChange={(e) => save({ locale: e.target.value as 'fr' | 'en' })}>
            <option value="fr" lang="fr">{t('lang.fr')}</option>
            <option value="en" lang="en">{t('lang.en')}</option>
          </select>
        )}
      </Field>
      {update.isError ? <p role="alert" className="field-error">{errorText(update.error)}</p> : null}
    </section>
  );
}
