// Accounts: the profile (name, roles) in both modes; in Supabase mode, guests adding an email,
// signing in with a one-time code, signing out.
const en = {
  'account.nav': 'Account',
  'account.title': 'Your account',

  'account.profile.title': 'Your profile',
  'account.profile.name': 'Display name',
  'account.profile.nameHint': 'Shown to your coach, or to your clients if you coach.',
  'account.profile.nameTooLong': 'At most {max} characters.',
  'account.profile.roles': 'What you do in Noyau',
  'account.profile.rolesHint': 'A creator plans a community; a coach follows the plans clients share. You can be both.',
  'account.profile.rolesEmpty': 'Choose at least one.',
  'account.profile.save': 'Save the profile',
  'account.profile.saved': 'Profile saved.',
  'account.role.creator': 'Creator',
  'account.role.coach': 'Coach',

  'account.timeZone.title': 'Your time zone',
  'account.timeZone.label': 'Time zone',
  'account.timeZone.hint': 'Your weeks start on Monday in this zone: a check-in for a week is possible once its Monday has come here.',
  'account.timeZone.save': 'Save the time zone',
  'account.timeZone.saving': 'Saving…',
  'account.timeZone.saved': 'Time zone saved: {zone}.',

  'account.email': 'Email address',
  'account.code.sent': 'A code was sent to {email}. It is also in the link of the email.',
  'account.code.label': 'Code received by email',
  'account.code.hint': 'Six digits or more.',
  'account.code.verify': 'Confirm',
  'account.code.otherEmail': 'Use another address',

  'account.guest.title': 'Keep your plan: add your email',
  'account.guest.intro':
    'You are using Noyau as a guest: your plan is tied to this browser. Add your email to keep it and open it anywhere; nothing you made is lost.',
  'account.guest.send': 'Send me a code',
  'account.signIn.title': 'Already have an account? Sign in',
  'account.signIn.intro': 'Coaches, and creators who added their email, sign in with a code sent by email.',
  'account.signIn.send': 'Send me a sign-in code',
  'account.signIn.warning': 'Signing in to another account leaves this guest plan behind: add your email above instead to keep it.',
  'account.signedIn.title': 'Signed in',
  'account.signedIn.as': 'Signed in as {email}.',
  'account.signOut': 'Sign out',

  'account.local.title': 'Local profiles',
  'account.local.body':
    'In local mode there are no accounts: profiles live in this browser. Switch profiles or create one (a coach, say) with the menu at the top of the page.',
  'account.local.help': 'Accounts with email: connect Supabase',

  'errors.auth_code_invalid': 'This code is wrong or has expired. Ask for a new one.',
  'errors.auth_email_taken': 'Another account already uses this email: sign in to it instead.',
  'errors.auth_rate_limited': 'Too many emails were sent: wait a minute and try again.',
  'errors.auth_failed': 'Signing in did not work. Try again in a moment.',
  'errors.invalid_time_zone': 'This time zone is not one Noyau knows. Choose a city from the list.',
};

const fr: Record<keyof typeof en, string> = {
  'account.nav': 'Compte',
  'account.title': 'Votre compte',

  'account.profile.title': 'Votre profil',
  'account.profile.name': 'Nom affiché',
  'account.profile.nameHint': 'Visible par votre coach, ou par vos clients si vous êtes coach.',
  'account.profile.nameTooLong': 'Au plus {max} caractères.',
  'account.profile.roles': 'Ce que vous faites dans Noyau',
  'account.profile.rolesHint': 'Un créateur prépare une communauté ; un coach suit les plans que ses clients lui partagent. Vous pouvez être les deux.',
  'account.profile.rolesEmpty': 'Choisissez-en au moins un.',
  'account.profile.save': 'Enregistrer le profil',
  'account.profile.saved': 'Profil enregistré.',
  'account.role.creator': 'Créateur',
  'account.role.coach': 'Coach',

  'account.timeZone.title': 'Votre fuseau horaire',
  'account.timeZone.label': 'Fuseau horaire',
  'account.timeZone.hint': 'Vos semaines commencent le lundi dans ce fuseau : le point d’une semaine est possible dès que son lundi est arrivé ici.',
  'account.timeZone.save': 'Enregistrer le fuseau horaire',
  'account.timeZone.saving': 'Enregistrement…',
  'account.timeZone.saved': 'Fuseau horaire enregistré : {zone}.',

  'account.email': 'Adresse e-mail',
  'account.code.sent': 'Un code a été envoyé à {email}. Il figure aussi dans le lien de l’e-mail.',
  'account.code.label': 'Code reçu par e-mail',
  'account.code.hint': 'Six chiffres ou plus.',
  'account.code.verify': 'Confirmer',
  'account.code.otherEmail': 'Utiliser une autre adresse',

  'account.guest.title': 'Gardez votre plan : ajoutez votre e-mail',
  'account.guest.intro':
    'Vous utilisez Noyau en invité : votre plan est lié à ce navigateur. Ajoutez votre e-mail pour le garder et l’ouvrir partout ; rien de ce que vous avez fait n’est perdu.',
  'account.guest.send': 'M’envoyer un code',
  'account.signIn.title': 'Déjà un compte ? Connectez-vous',
  'account.signIn.intro': 'Les coachs, et les créateurs qui ont ajouté leur e-mail, se connectent avec un code reçu par e-mail.',
  'account.signIn.send': 'M’envoyer un code de connexion',
  'account.signIn.warning': 'Vous connecter à un autre compte laisse ce plan d’invité de côté : ajoutez plutôt votre e-mail ci-dessus pour le garder.',
  'account.signedIn.title': 'Connecté',
  'account.signedIn.as': 'Connecté en tant que {email}.',
  'account.signOut': 'Se déconnecter',

  'account.local.title': 'Profils locaux',
  'account.local.body':
    'En mode local, il n’y a pas de comptes : les profils vivent dans ce navigateur. Changez de profil ou créez-en un (un coach, par exemple) avec le menu en haut de la page.',
  'account.local.help': 'Des comptes avec e-mail : connecter Supabase',

  'errors.auth_code_invalid': 'Ce code est faux ou a expiré. Demandez-en un nouveau.',
  'errors.auth_email_taken': 'Un autre compte utilise déjà cet e-mail : connectez-vous plutôt à ce compte.',
  'errors.auth_rate_limited': 'Trop d’e-mails ont été envoyés : attendez une minute et réessayez.',
  'errors.auth_failed': 'La connexion n’a pas abouti. Réessayez dans un instant.',
  'errors.invalid_time_zone': 'Noyau ne connaît pas ce fuseau horaire. Choisissez une ville dans la liste.',
};

export const accountMessages = { en, fr };
