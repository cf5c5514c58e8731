import type { Catalogue } from './en';

// Catalogue français : mêmes clés que `en.ts`.
export const fr: Catalogue = {
  'app.name': 'Noyau',
  'app.tagline': 'D’une idée floue à une micro-communauté dont les membres se parlent.',
  'app.skipToContent': 'Aller au contenu',
  'app.mainNav': 'Principale',

  'lang.label': 'Langue',
  'lang.fr': 'Français',
  'lang.en': 'English',

  'mode.embedded': 'Mode local',
  'mode.supabase': 'Supabase',
  'mode.banner':
    'Mode local : vos données restent dans ce navigateur, et un questionnaire ne peut être rempli que sur cet appareil.',
  'mode.bannerLink': 'Comment connecter Supabase',

  'db.starting': 'Ouverture de la base locale…',
  'db.ready': 'Base locale prête',
  'db.memory': 'Session temporaire : rien ne sera conservé après la fermeture de cet onglet.',
  'db.failed': 'La base locale n’a pas pu s’ouvrir.',
  'db.failedStorage':
    'Ce navigateur refuse d’enregistrer des données ici (navigation privée ou stockage plein).',
  'db.failedMigration': 'La mise à jour de la base locale a échoué ; vos données précédentes sont intactes.',
  'db.retry': 'Réessayer',
  'db.useMemory': 'Continuer sans enregistrer',
  'db.reset': 'Effacer les données locales et recommencer',
  'db.resetConfirm':
    'Effacer tous les profils, plans et questionnaires locaux de cet appareil ? C’est définitif.',

  'nav.plan': 'Mon plan',
  'nav.coach': 'Coach',
  'nav.help': 'Aide',

  'profile.label': 'Profil',
  'profile.new': 'Nouveau profil…',
  'profile.newPrompt': 'Nom du nouveau profil local',
  'profile.defaultName': 'Moi',
  'profile.demoName': 'Camille (démo)',
  'profile.loadDemo': 'Charger la démo',
  'profile.anonymous': 'Invité',

  'wizard.steps': 'Étapes du plan',
  'wizard.pager': 'Étape précédente et suivante',
  'wizard.stepOf': 'Étape {n} sur {total}',
  'wizard.complete': 'terminée',
  'wizard.incomplete': 'à faire',
  'wizard.current': 'étape en cours',
  'wizard.next': 'Suivant : {step}',
  'wizard.back': 'Retour : {step}',
  'wizard.save.idle': 'Tout est enregistré',
  'wizard.save.pending': 'Modifications non enregistrées…',
  'wizard.save.saving': 'Enregistrement…',
  'wizard.save.saved': 'Enregistré',
  'wizard.save.error': 'Non enregistré : {reason}',
  'wizard.save.retry': 'Réessayer',
  'wizard.save.waiting': 'Gardé dans ce navigateur ; enregistré dès que la base sera prête.',
  'wizard.notYetBuilt':
    'Cette étape est en construction. Ce que vous saisissez dans les étapes précédentes est conservé.',

  'step.niche': 'Niche',
  'step.survey': 'Valider',
  'step.platform': 'Plateforme',
  'step.rituals': 'Rituels',
  'step.launch': 'Lancement',
  'step.summary': 'Synthèse',

  'step.niche.title': 'À qui s’adresse votre communauté ?',
  'step.niche.intro':
    'Décrivez vos membres idéaux en sept mots maximum : assez précis pour qu’ils se reconnaissent tout de suite.',
  'step.survey.title': 'Tester l’intérêt auprès de vraies personnes',
  'step.survey.intro':
    'Avant de construire quoi que ce soit, interrogez les personnes que vous visez. Un court questionnaire ou une publication test vous dit si la niche tient.',
  'step.platform.title': 'Une seule plateforme, bien animée',
  'step.platform.intro': 'Choisissez un seul lieu de rencontre pour vos membres, et commencez avec 20 à 50 personnes.',
  'step.rituals.title': 'Des rituels pour les trois premiers mois',
  'step.rituals.intro': 'Un live hebdomadaire, un défi mensuel, un événement trimestriel : donnez avant de demander.',
  'step.launch.title': 'Lancer et mesurer l’engagement',
  'step.launch.intro': 'Cinquante membres qui se parlent valent mieux que cinq cents spectateurs.',
  'step.summary.title': 'Votre plan sur une page',
  'step.summary.intro': 'Toutes vos décisions au même endroit, prêtes à imprimer ou à partager avec un coach.',

  'niche.statement.label': 'Votre niche en une phrase',
  'niche.statement.hint': 'Exemple : productivité pour freelances introvertis',
  'niche.statement.tooLong': '200 caractères au maximum.',

  'summary.niche': 'Niche',
  'summary.empty': 'Pas encore renseigné.',

  'coach.title': 'Coach',
  'coach.intro':
    'Ici, les coachs verront les plans que leurs clients partagent avec eux, liront les résultats des questionnaires et laisseront des commentaires.',
  'coach.empty': 'Aucun plan ne vous a encore été partagé.',

  'respond.loading': 'Chargement du questionnaire…',
  'respond.notFoundTitle': 'Questionnaire introuvable',
  'respond.notFound':
    'Ce lien ne mène à aucun questionnaire ouvert. Vérifiez l’adresse auprès de la personne qui vous l’a envoyée.',

  'help.title': 'Mode local et Supabase',
  'help.local':
    'Sans aucune configuration, Noyau fonctionne entièrement dans votre navigateur : les mêmes règles de base de données s’exécutent sur une copie locale de PostgreSQL, et votre plan reste sur cet appareil.',
  'help.limits':
    'Dans ce mode, un questionnaire ne peut être rempli que sur cet appareil. Pour recueillir les réponses d’autres personnes, connectez un projet Supabase.',
  'help.stepsTitle': 'Connecter un projet Supabase',
  'help.step1': 'Créez un projet sur Supabase, puis liez-le : npx supabase link --project-ref <ref>',
  'help.step2': 'Appliquez les migrations : npx supabase db push',
  'help.step3':
    'Renseignez VITE_SUPABASE_URL et VITE_SUPABASE_ANON_KEY dans un fichier .env.local, puis relancez l’application.',
  'help.readme': 'Le README donne tous les détails, y compris Supabase en local avec Docker.',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Il n’y a rien à cette adresse.',
  'notFound.home': 'Revenir à mon plan',

  'error.title': 'Un problème est survenu',
  'error.body': 'La page a rencontré un problème inattendu. Votre brouillon est conservé dans ce navigateur.',
  'error.reload': 'Recharger la page',
  'error.details': 'Détails techniques',

  'config.title': 'Supabase est mal configuré',
  'config.body':
    'L’application a trouvé des réglages Supabase, mais ils sont incomplets ou mal formés : elle ne démarre donc pas. Corrigez-les, ou supprimez-les tous les deux pour utiliser le mode local.',
  'config.expected':
    'Attendu : VITE_SUPABASE_URL (l’adresse du projet, https://…) et VITE_SUPABASE_ANON_KEY (la clé publique anon), toutes deux renseignées.',

  'common.loading': 'Chargement…',
  'common.close': 'Fermer',

  'errors.not_authenticated': 'Vous devez être connecté (ou choisir un profil local).',
  'errors.invalid_section': 'Cette partie du plan a été refusée : son contenu n’est pas valide.',
  'errors.section_too_large': 'Cette partie du plan est trop volumineuse pour être enregistrée.',
  'errors.invalid_profile': 'Ce profil n’est pas valide : un nom compte 80 caractères au maximum.',
  'errors.survey_not_found': 'Questionnaire introuvable.',
  'errors.survey_closed': 'Ce questionnaire est fermé.',
  'errors.invalid_answers': 'Certaines réponses ne sont pas valides. Vérifiez-les et réessayez.',
  'errors.invalid_respondent_key': 'Ce navigateur n’a pas pu être identifié. Rechargez la page et réessayez.',
  'errors.invalid_email': 'Cette adresse e-mail ne semble pas correcte.',
  'errors.consent_required': 'Cochez la case de consentement pour laisser votre e-mail.',
  'errors.forbidden': 'Vous n’avez pas accès à cet élément.',
  'errors.network': 'Le serveur est injoignable. Vérifiez votre connexion.',
  'errors.database_unavailable': 'La base locale n’est pas disponible.',
  'errors.unknown': 'Erreur inattendue.',
};
