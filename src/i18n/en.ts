// English catalogue. `fr.ts` must have exactly the same keys (the type check enforces it).
export const en = {
  'app.name': 'Noyau',
  'app.tagline': 'From a vague idea to a micro-community that talks to each other.',
  'app.skipToContent': 'Skip to content',
  'app.mainNav': 'Main',

  'lang.label': 'Language',
  'lang.fr': 'Français',
  'lang.en': 'English',

  'mode.embedded': 'Local mode',
  'mode.supabase': 'Supabase',
  'mode.banner':
    'Local mode: your data stays in this browser, and a survey can be answered on this device only.',
  'mode.bannerLink': 'How to connect Supabase',

  'db.starting': 'Opening the local database…',
  'db.ready': 'Local database ready',
  'db.memory': 'Temporary session: nothing will be kept after you close this tab.',
  'db.failed': 'The local database could not open.',
  'db.failedStorage':
    'This browser refuses to store data here (private window or full storage).',
  'db.failedMigration': 'Updating the local database failed; your previous data is untouched.',
  'db.retry': 'Try again',
  'db.useMemory': 'Continue without saving',
  'db.reset': 'Erase local data and start again',
  'db.resetConfirm': 'Erase every local profile, plan and survey on this device? This cannot be undone.',

  'nav.plan': 'My plan',
  'nav.coach': 'Coach',
  'nav.help': 'Help',

  'profile.label': 'Profile',
  'profile.new': 'New profile…',
  'profile.newPrompt': 'Name of the new local profile',
  'profile.defaultName': 'Me',
  'profile.demoName': 'Camille (demo)',
  'profile.loadDemo': 'Load the demo',
  'profile.anonymous': 'Guest',

  'wizard.steps': 'Plan steps',
  'wizard.pager': 'Previous and next step',
  'wizard.stepOf': 'Step {n} of {total}',
  'wizard.complete': 'complete',
  'wizard.incomplete': 'not done yet',
  'wizard.current': 'current step',
  'wizard.next': 'Next: {step}',
  'wizard.back': 'Back: {step}',
  'wizard.save.idle': 'All changes saved',
  'wizard.save.pending': 'Unsaved changes…',
  'wizard.save.saving': 'Saving…',
  'wizard.save.saved': 'Saved',
  'wizard.save.error': 'Not saved: {reason}',
  'wizard.save.retry': 'Retry',
  'wizard.save.waiting': 'Kept in this browser; saving as soon as the database is ready.',
  'wizard.notYetBuilt': 'This step is being built. What you enter in the earlier steps is kept.',

  'step.niche': 'Niche',
  'step.survey': 'Validate',
  'step.platform': 'Platform',
  'step.rituals': 'Rituals',
  'step.launch': 'Launch',
  'step.summary': 'Summary',

  'step.niche.title': 'Who is your community for?',
  'step.niche.intro':
    'Describe your ideal members in seven words or fewer: precise enough that they recognise themselves at once.',
  'step.survey.title': 'Test the interest with real people',
  'step.survey.intro':
    'Before building anything, ask the people you have in mind. A short survey or a test post tells you whether the niche holds.',
  'step.platform.title': 'One platform, well run',
  'step.platform.intro': 'Pick a single place where your members will meet, and start with 20 to 50 people.',
  'step.rituals.title': 'Rituals for the first three months',
  'step.rituals.intro': 'A weekly live, a monthly challenge, a quarterly event: give before you ask.',
  'step.launch.title': 'Launch and measure engagement',
  'step.launch.intro': 'Fifty members who talk to each other are worth more than five hundred spectators.',
  'step.summary.title': 'Your plan on one page',
  'step.summary.intro': 'Every decision in one place, ready to print or to share with a coach.',

  'niche.statement.label': 'Your niche in one sentence',
  'niche.statement.hint': 'Example: productivity for introverted freelancers',
  'niche.statement.tooLong': 'At most 200 characters.',

  'summary.niche': 'Niche',
  'summary.empty': 'Not filled in yet.',

  'coach.title': 'Coach',
  'coach.intro':
    'Here coaches will see the plans their clients share with them, read the survey results and leave comments.',
  'coach.empty': 'No plan has been shared with you yet.',

  'respond.loading': 'Loading the survey…',
  'respond.notFoundTitle': 'Survey not found',
  'respond.notFound': 'This link does not lead to an open survey. Check the address with the person who sent it.',

  'help.title': 'Local mode and Supabase',
  'help.local':
    'Without any configuration, Noyau runs entirely in your browser: the same database rules run on a local copy of PostgreSQL, and your plan is kept on this device.',
  'help.limits':
    'In this mode, a survey can only be answered on this device. To collect answers from other people, connect a Supabase project.',
  'help.stepsTitle': 'Connect a Supabase project',
  'help.step1': 'Create a project on Supabase, then link it: npx supabase link --project-ref <ref>',
  'help.step2': 'Apply the migrations: npx supabase db push',
  'help.step3': 'Set VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY in a .env.local file, then restart the app.',
  'help.readme': 'The README gives every detail, including running Supabase locally with Docker.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'notFound.home': 'Back to my plan',

  'error.title': 'Something went wrong',
  'error.body': 'The page hit an unexpected problem. Your draft is kept in this browser.',
  'error.reload': 'Reload the page',
  'error.details': 'Technical details',

  'config.title': 'Supabase is not configured correctly',
  'config.body':
    'The app found Supabase settings, but they are incomplete or malformed, so it did not start. Fix them, or remove both to use the local mode.',
  'config.expected':
    'Expected: VITE_SUPABASE_URL (the project URL, https://…) and VITE_SUPABASE_ANON_KEY (the public anon key), both set.',

  'common.loading': 'Loading…',
  'common.close': 'Close',

  'errors.not_authenticated': 'You need to be signed in (or to choose a local profile).',
  'errors.invalid_section': 'This part of the plan was not accepted: its content is not valid.',
  'errors.section_too_large': 'This part of the plan is too large to be saved.',
  'errors.invalid_profile': 'This profile is not valid: a name has at most 80 characters.',
  'errors.survey_not_found': 'Survey not found.',
  'errors.survey_closed': 'This survey is closed.',
  'errors.invalid_answers': 'Some answers are not valid. Check them and try again.',
  'errors.invalid_respondent_key': 'This browser could not be identified. Reload the page and try again.',
  'errors.invalid_email': 'This email address does not look right.',
  'errors.consent_required': 'Tick the consent box to leave your email.',
  'errors.forbidden': 'You do not have access to this.',
  'errors.network': 'The server could not be reached. Check your connection.',
  'errors.database_unavailable': 'The local database is not available.',
  'errors.unknown': 'Unexpected error.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
