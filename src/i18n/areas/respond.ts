// The public survey page follows the survey's language, not the visitor's: its strings live
// here, apart, so that page loads only them.
const en = {
  'respond.loading': 'Loading the survey…',
  'respond.notFoundTitle': 'Survey not found',
  'respond.notFound': 'This link does not lead to an open survey. Check the address with the person who sent it.',
  'respond.closedTitle': 'This survey is closed',
  'respond.closed': 'It no longer accepts answers. Thank you for your interest.',
  'respond.required': 'required',
  'respond.requiredNote': 'Questions marked * need an answer.',
  'respond.error.required': 'This question needs an answer.',
  'respond.error.invalid': 'This answer is not one of the choices offered.',
  'respond.error.too_long': 'At most 2,000 characters.',
  'respond.errorSummary': 'Some answers need a look before sending: {count}.',
  'respond.tooLarge': 'Your answers are too long to be sent. Shorten the longest ones.',
  'respond.chars': '{count} / 2,000 characters',
  'respond.scaleFrom': '{min} = not at all',
  'respond.scaleTo': '{max} = completely',
  'respond.email.label': 'Your email, to hear when the community opens',
  'respond.email.hint': 'Optional unless marked required. Only the creator of this survey sees it.',
  'respond.consent':
    'I agree that the creator of this survey keeps my email to tell me when the community opens. I can ask for it to be deleted at any time.',
  'respond.honeypot': 'Leave this field empty',
  'respond.submit': 'Send my answers',
  'respond.sending': 'Sending…',
  'respond.pendingTitle': 'Kept on this device',
  'respond.pending': 'You seem to be offline: your answers are saved here and will be sent as soon as the connection returns.',
  'respond.retry': 'Try sending now',
  'respond.thanksTitle': 'Thank you!',
  'respond.thanks': 'Your answers were received. They help decide whether this community should exist.',
  'respond.localMode': 'Local mode: answers are stored in this browser only.',
  'respond.preview': 'Preview: this is what respondents see. Nothing is sent.',
  'respond.errors.survey_not_found': 'This survey does not exist or is not published.',
  'respond.errors.survey_closed': 'This survey closed before your answers arrived.',
  'respond.errors.invalid_answers': 'Some answers were not accepted. Check them and try again.',
  'respond.errors.invalid_respondent_key': 'This browser could not be identified. Reload the page and try again.',
  'respond.errors.invalid_email': 'This email address does not look right.',
  'respond.errors.consent_required': 'Tick the consent box to leave your email, or leave the email empty.',
  'respond.errors.rate_limited': 'Too many responses to this survey came from your connection in the last hour. Your answers are kept on this device: try again later.',
  'respond.errors.network': 'The server could not be reached.',
  'respond.errors.unknown': 'Something went wrong. Try again in a moment.',
} as const;

const fr: Record<keyof typeof en, string> = {
  'respond.loading': 'Chargement du questionnaire…',
  'respond.notFoundTitle': 'Questionnaire introuvable',
  'respond.notFound': 'Ce lien ne mène à aucun questionnaire ouvert. Vérifiez l’adresse auprès de la personne qui vous l’a envoyée.',
  'respond.closedTitle': 'Ce questionnaire est fermé',
  'respond.closed': 'Il n’accepte plus de réponses. Merci de votre intérêt.',
  'respond.required': 'obligatoire',
  'respond.requiredNote': 'Les questions marquées * demandent une réponse.',
  'respond.error.required': 'Cette question demande une réponse.',
  'respond.error.invalid': 'Cette réponse ne fait pas partie des choix proposés.',
  'respond.error.too_long': '2 000 caractères au maximum.',
  'respond.errorSummary': 'Certaines réponses sont à revoir avant l’envoi : {count}.',
  'respond.tooLarge': 'Vos réponses sont trop longues pour être envoyées. Raccourcissez les plus longues.',
  'respond.chars': '{count} / 2 000 caractères',
  'respond.scaleFrom': '{min} = pas du tout',
  'respond.scaleTo': '{max} = tout à fait',
  'respond.email.label': 'Votre e-mail, pour être prévenu·e de l’ouverture de la communauté',
  'respond.email.hint': 'Facultatif sauf mention contraire. Seule la personne qui a créé ce questionnaire le voit.',
  'respond.consent':
    'J’accepte que la personne qui a créé ce questionnaire conserve mon e-mail pour me prévenir de l’ouverture de la communauté. Je peux demander sa suppression à tout moment.',
  'respond.honeypot': 'Laissez ce champ vide',
  'respond.submit': 'Envoyer mes réponses',
  'respond.sending': 'Envoi…',
  'respond.pendingTitle': 'Gardé sur cet appareil',
  'respond.pending':
    'Vous semblez hors ligne : vos réponses sont enregistrées ici et seront envoyées dès le retour de la connexion.',
  'respond.retry': 'Essayer d’envoyer maintenant',
  'respond.thanksTitle': 'Merci !',
  'respond.thanks': 'Vos réponses ont bien été reçues. Elles aident à décider si cette communauté doit voir le jour.',
  'respond.localMode': 'Mode local : les réponses sont enregistrées dans ce navigateur uniquement.',
  'respond.preview': 'Aperçu : voici ce que voient les répondants. Rien n’est envoyé.',
  'respond.errors.survey_not_found': 'Ce questionnaire n’existe pas ou n’est pas publié.',
  'respond.errors.survey_closed': 'Ce questionnaire a fermé avant l’arrivée de vos réponses.',
  'respond.errors.invalid_answers': 'Certaines réponses n’ont pas été acceptées. Vérifiez-les et réessayez.',
  'respond.errors.invalid_respondent_key': 'Ce navigateur n’a pas pu être identifié. Rechargez la page et réessayez.',
  'respond.errors.invalid_email': 'Cette adresse e-mail ne semble pas correcte.',
  'respond.errors.consent_required': 'Cochez la case de consentement pour laisser votre e-mail, ou laissez l’e-mail vide.',
  'respond.errors.rate_limited': 'Trop de réponses à ce questionnaire sont venues de votre connexion depuis une heure. Vos réponses restent sur cet appareil : réessayez plus tard.',
  'respond.errors.network': 'Le serveur est injoignable.',
  'respond.errors.unknown': 'Un problème est survenu. Réessayez dans un instant.',
};

const respondMessages = { en, fr };
export type RespondKey = keyof typeof en;

export function respondText(locale: 'fr' | 'en') {
  const catalogue = respondMessages[locale];
  return (key: RespondKey, params?: Record<string, string | number>) =>
    params ? catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : catalogue[key];
}

/** Without a survey (unknown link), the page speaks the visitor's chosen app language, else the browser's. */
export function fallbackLocale(): 'fr' | 'en' {
  try {
    const stored = JSON.parse(localStorage.getItem('noyau.locale') ?? 'null') as { state?: { locale?: unknown } } | null;
    if (stored?.state?.locale === 'fr' || stored?.state?.locale === 'en') return stored.state.locale;
  } catch {
    // No storage or unreadable: use the browser's language.
  }
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
