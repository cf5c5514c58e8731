import type { TemplateText } from '@/domain/survey-template';
import { translate, type Locale } from '@/i18n/i18n';

/** The survey template's words from the catalogues, in the survey's language (which may not be the app's). */
export function templateText(locale: Locale): TemplateText {
  return (key, params) => translate(locale, `survey.template.${key}`, params);
}
