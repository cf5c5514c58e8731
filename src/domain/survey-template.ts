// A first survey built from the niche: five to seven questions about past behaviour (what people
// did), not hypothetical intent (what they say they would do), in the survey's language.

export type TemplateKind = 'single_choice' | 'multiple_choice' | 'scale' | 'short_text' | 'long_text' | 'email_optin';

export interface TemplateQuestion {
  kind: TemplateKind;
  prompt: string;
  required: boolean;
  options: { key: string; label: string }[];
  min: number | null;
  max: number | null;
}

export interface SurveyTemplate {
  title: string;
  intro: string;
  questions: TemplateQuestion[];
  /** Suggested success rule: the share answering "yes" to the first question. */
  suggestedThreshold: { questionIndex: number; optionKeys: string[]; targetRate: number; minResponses: number };
}

const q = (kind: TemplateKind, prompt: string, options: [string, string][] = [], extra: Partial<TemplateQuestion> = {}): TemplateQuestion => ({
  kind,
  prompt,
  required: kind !== 'email_optin' && kind !== 'short_text',
  options: options.map(([key, label]) => ({ key, label })),
  min: null,
  max: null,
  ...extra,
});

export function surveyTemplate(niche: { statement: string; who?: string; what?: string }, locale: 'fr' | 'en'): SurveyTemplate {
  const topic = (niche.what?.trim() || niche.statement.trim() || (locale === 'fr' ? 'ce sujet' : 'this topic')).slice(0, 80);
  const people = (niche.who?.trim() || (locale === 'fr' ? 'personnes dans votre situation' : 'people in your situation')).slice(0, 80);
  const threshold = { questionIndex: 0, optionKeys: ['yes_paid', 'yes_free'], targetRate: 0.4, minResponses: 30 };
  if (locale === 'fr') {
    return {
      title: `${niche.statement.trim() || topic} : votre expérience`.slice(0, 120),
      intro: 'Deux minutes, sept questions sur ce que vous avez vécu récemment. Merci !',
      suggestedThreshold: threshold,
      questions: [
        q('single_choice', `Au cours des trois derniers mois, avez-vous cherché de l’aide sur « ${topic} » ?`, [
          ['yes_paid', 'Oui, et j’ai payé (formation, coaching, outil)'],
          ['yes_free', 'Oui, avec des ressources gratuites'],
          ['no', 'Non'],
        ]),
        q('multiple_choice', `Où en avez-vous déjà parlé avec d’autres ${people} ?`, [
          ['online_group', 'Dans un groupe en ligne (Discord, Telegram, WhatsApp…)'],
          ['social', 'Sur les réseaux sociaux'],
          ['friends', 'Avec des amis ou des collègues'],
          ['events', 'Lors d’un événement ou d’une rencontre'],
          ['nowhere', 'Nulle part pour l’instant'],
        ]),
        q('scale', `La dernière fois que « ${topic} » vous a posé problème, à quel point était-ce pénible ?`, [], { min: 1, max: 5 }),
        q('long_text', `Racontez la dernière fois que c’est arrivé : qu’avez-vous fait ?`),
        q('single_choice', 'Avez-vous déjà payé pour rejoindre une communauté ou un programme en ligne ?', [
          ['this_year', 'Oui, cette année'],
          ['before', 'Oui, il y a plus d’un an'],
          ['never', 'Jamais'],
        ]),
        q('short_text', 'Quel outil ou quelle ressource utilisez-vous aujourd’hui pour cela ?'),
        q('email_optin', 'Voulez-vous être prévenu·e quand la communauté ouvrira ?'),
      ],
    };
  }
  return {
    title: `${niche.statement.trim() || topic}: your experience`.slice(0, 120),
    intro: 'Two minutes, seven questions about what you actually did recently. Thank you!',
    suggestedThreshold: threshold,
    questions: [
      q('single_choice', `In the last three months, did you look for help with “${topic}”?`, [
        ['yes_paid', 'Yes, and I paid (course, coaching, tool)'],
        ['yes_free', 'Yes, with free resources'],
        ['no', 'No'],
      ]),
      q('multiple_choice', `Where have you already talked about it with other ${people}?`, [
        ['online_group', 'In an online group (Discord, Telegram, WhatsApp…)'],
        ['social', 'On social media'],
        ['friends', 'With friends or colleagues'],
        ['events', 'At an event or meetup'],
        ['nowhere', 'Nowhere yet'],
      ]),
      q('scale', `The last time “${topic}” got in your way, how painful was it?`, [], { min: 1, max: 5 }),
      q('long_text', 'Tell us about the last time it happened: what did you do?'),
      q('single_choice', 'Have you ever paid to join an online community or programme?', [
        ['this_year', 'Yes, this year'],
        ['before', 'Yes, more than a year ago'],
        ['never', 'Never'],
      ]),
      q('short_text', 'Which tool or resource do you use for it today?'),
      q('email_optin', 'Would you like to hear when the community opens?'),
    ],
  };
}
