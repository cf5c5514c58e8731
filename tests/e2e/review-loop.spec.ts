import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, failOnCspViolations, navigateInApp, presetLocale, saveStatus, waitForDb } from './support';

failOnCspViolations(test);

// The review loop between two local profiles on one machine, in each language: the creator asks
// for a review of version 1; the coach finds it in the inbox, comments and asks for more work;
// the creator replies and resolves the thread, changes two steps and sends version 2; the coach
// sees what changed since version 1, goes from one change to the next, and approves version 2,
// which the creator then reads. axe checks every page on the way.

const words = {
  en: {
    name: 'Display name',
    saveProfile: 'Save the profile',
    profileSaved: 'Profile saved.',
    niche: 'Your niche in one sentence',
    saved: 'Saved',
    share: 'Share with my coach',
    shareRegion: 'Share with your coach',
    createInvitation: 'Create an invitation',
    newProfile: 'New profile…',
    profile: 'Profile',
    becomeCoach: 'Use this profile as a coach',
    code: 'Invitation code',
    accept: 'Accept and open the plan',
    planOf: 'Plan of Camille',
    nothingToDecide: 'Nothing to decide yet.',
    reviewRegion: 'Review by your coach',
    noteLabel: 'A word for your coach (optional)',
    ask1: 'Ask for a review of version 1',
    sent1: 'Version 1 sent to your coach.',
    inbox: 'Inbox',
    inboxUnread: (n: number) => `Inbox, ${n} unread`,
    requestItem: (v: number) => `Camille asked for a review of version ${v}`,
    reviewing1: /^Version 1, sent on /,
    clientNote: 'Your client’s note: “Please look at the niche.”',
    nicheRegion: 'Niche',
    commentLabel: 'Your comment on “Niche”',
    sendComment: 'Send the comment',
    yourReview: 'Your review',
    needsWork: 'Needs work',
    commentItem: 'Léa commented on “Niche”',
    decisionNeedsWork: 'Léa asked for more work on version 1',
    sectionComments: 'Your coach’s comments on this step',
    reply: 'Reply',
    replyLabel: 'Your reply',
    sendReply: 'Send the reply',
    resolve: 'Mark as resolved',
    resolvedByYou: /^Resolved by You on /,
    resolvedByCamille: /^Resolved by Camille on /,
    allResolved: 'all threads resolved',
    tech: 'Tech or gaming',
    chat: 'Live chat, back and forth',
    chooseDiscord: 'Choose Discord',
    choseDiscord: 'You chose Discord.',
    changed1: 'You changed the plan since version 1.',
    ask2: 'Ask for a review of version 2',
    sent2: 'Version 2 sent to your coach.',
    replyItem: 'Camille replied on “Niche”',
    changesTitle: 'What changed since version 1',
    twoSections: '2 sections changed:',
    change1: 'Change 1 of 2',
    change2: 'Change 2 of 2',
    before: 'Before',
    now: 'Now',
    next: 'Next change',
    approve2: 'Approve version 2',
    approvedItem: 'Léa approved version 2',
    approvedV2: /Approved\s+version 2 ·\s+by Léa, on/,
    upToDate2: 'Version 2 holds the plan as it is now: your coach has it.',
    coachName: 'Léa',
  },
  fr: {
    name: 'Nom affiché',
    saveProfile: 'Enregistrer le profil',
    profileSaved: 'Profil enregistré.',
    niche: 'Votre niche en une phrase',
    saved: 'Enregistré',
    share: 'Partager avec mon coach',
    shareRegion: 'Partager avec votre coach',
    createInvitation: 'Créer une invitation',
    newProfile: 'Nouveau profil…',
    profile: 'Profil',
    becomeCoach: 'Utiliser ce profil comme coach',
    code: 'Code d’invitation',
    accept: 'Accepter et ouvrir le plan',
    planOf: 'Plan de Camille',
    nothingToDecide: 'Rien à décider pour l’instant.',
    reviewRegion: 'Relecture par votre coach',
    noteLabel: 'Un mot pour votre coach (facultatif)',
    ask1: 'Demander la relecture de la version 1',
    sent1: 'Version 1 envoyée à votre coach.',
    inbox: 'Boîte de réception',
    inboxUnread: (n: number) => `Boîte de réception, ${n} non lu${n > 1 ? 's' : ''}`,
    requestItem: (v: number) => `Camille demande la relecture de la version ${v}`,
    reviewing1: /^Version 1, envoyée le /,
    clientNote: 'Le mot de votre client : « Please look at the niche. »',
    nicheRegion: 'Niche',
    commentLabel: 'Votre commentaire sur « Niche »',
    sendComment: 'Envoyer le commentaire',
    yourReview: 'Votre avis',
    needsWork: 'À retravailler',
    commentItem: 'Léa a commenté « Niche »',
    decisionNeedsWork: 'Léa demande de retravailler la version 1',
    sectionComments: 'Les commentaires de votre coach sur cette étape',
    reply: 'Répondre',
    replyLabel: 'Votre réponse',
    sendReply: 'Envoyer la réponse',
    resolve: 'Marquer comme résolue',
    resolvedByYou: /^Résolue par Vous le /,
    resolvedByCamille: /^Résolue par Camille le /,
    allResolved: 'toutes les discussions sont résolues',
    tech: 'Tech ou jeu vidéo',
    chat: 'En direct, du tac au tac',
    chooseDiscord: 'Choisir Discord',
    choseDiscord: 'Vous avez choisi Discord.',
    changed1: 'Vous avez modifié le plan depuis la version 1.',
    ask2: 'Demander la relecture de la version 2',
    sent2: 'Version 2 envoyée à votre coach.',
    replyItem: 'Camille a répondu sur « Niche »',
    changesTitle: 'Ce qui a changé depuis la version 1',
    twoSections: '2 parties modifiées :',
    change1: 'Modification 1 sur 2',
    change2: 'Modification 2 sur 2',
    before: 'Avant',
    now: 'Maintenant',
    next: 'Modification suivante',
    approve2: 'Approuver la version 2',
    approvedItem: 'Léa a approuvé la version 2',
    approvedV2: /Approuvé\s+version 2 ·\s+par Léa, le/,
    upToDate2: 'La version 2 contient le plan tel qu’il est : votre coach l’a.',
    coachName: 'Léa',
  },
};

const first = 'productivity for introverted freelancers';
const second = 'productivity for freelancers working from home';

for (const locale of ['en', 'fr'] as const) {
  const w = words[locale];

  async function switchProfile(page: Page, label: string) {
    const menu = page.getByRole('combobox', { name: w.profile });
    await menu.selectOption({ label });
    await expect(menu.locator('option:checked')).toHaveText(label);
    await expect(menu).toBeEnabled();
  }

  /** Opens the inbox from the navigation, which says how many items are unread, then one item. */
  async function openFromInbox(page: Page, unread: number, item: string) {
    const nav = page.getByRole('navigation').getByRole('link', { name: w.inboxUnread(unread) });
    await expect(nav).toBeVisible();
    await nav.click();
    await expect(page.getByRole('heading', { level: 1, name: w.inbox })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the inbox with ${unread} unread (${locale})`);
    await page.getByRole('link', { name: item }).click();
  }

  test(`creator and coach go from a review request to an approved version 2 (${locale})`, async ({ page }) => {
    test.slow();
    await presetLocale(page, locale);
    await page.goto('/account');
    await waitForDb(page);

    // The creator: a name, a niche, an invitation.
    await page.getByRole('textbox', { name: w.name }).fill('Camille');
    await page.getByRole('button', { name: w.saveProfile }).click();
    await expect(page.getByText(w.profileSaved)).toBeVisible();
    await navigateInApp(page, '/plan/niche');
    await page.getByRole('textbox', { name: w.niche }).fill(first);
    await expect(saveStatus(page)).toHaveText(w.saved);
    await navigateInApp(page, '/plan/summary');
    await page.getByRole('button', { name: w.share }).click();
    const share = page.getByRole('region', { name: w.shareRegion });
    await share.getByRole('button', { name: w.createInvitation }).click();
    const code = (await share.locator('.invitation-code').textContent())!.trim();

    // The coach accepts: nothing to decide before a request.
    page.once('dialog', (dialog) => void dialog.accept(w.coachName));
    await page.getByRole('button', { name: w.newProfile }).click();
    await expect(page.getByRole('combobox', { name: w.profile }).locator('option:checked')).toHaveText(w.coachName);
    await navigateInApp(page, '/coach');
    await page.getByRole('button', { name: w.becomeCoach }).click();
    await page.getByRole('textbox', { name: w.code }).fill(code);
    await page.getByRole('button', { name: w.accept }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.planOf })).toBeVisible();
    await expect(page.getByRole('region', { name: w.yourReview }).getByText(w.nothingToDecide)).toBeVisible();

    // The creator asks for a review of version 1, with a note.
    await switchProfile(page, 'Camille');
    await navigateInApp(page, '/plan/summary');
    const request = page.getByRole('region', { name: w.reviewRegion });
    await request.getByRole('textbox', { name: w.noteLabel }).fill('Please look at the niche.');
    await request.getByRole('button', { name: w.ask1 }).click();
    await expect(request.getByRole('status')).toHaveText(w.sent1);
    await expectNoSeriousA11yViolations(page, `summary, version 1 sent (${locale})`);

    // The coach finds the request in the inbox, comments on the niche and asks for more work.
    await switchProfile(page, w.coachName);
    await openFromInbox(page, 1, w.requestItem(1));
    await expect(page.getByRole('heading', { level: 1, name: w.planOf })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: w.inbox, exact: true })).toBeVisible();
    await expect(page.getByText(w.reviewing1)).toBeVisible();
    await expect(page.getByText(w.clientNote)).toBeVisible();
    const niche = page.getByRole('region', { name: w.nicheRegion });
    await niche.getByRole('textbox', { name: w.commentLabel }).fill('Say who they are first: <b>introverts</b>?');
    await niche.getByRole('button', { name: w.sendComment }).click();
    await expect(niche.locator('.comment-body')).toHaveText('Say who they are first: <b>introverts</b>?');
    const review = page.getByRole('region', { name: w.yourReview });
    await review.getByRole('button', { name: w.needsWork }).click();
    await expect(review.getByRole('button', { name: w.needsWork })).toHaveAttribute('aria-pressed', 'true');
    await expectNoSeriousA11yViolations(page, `the review of version 1 (${locale})`);

    // The creator: the comment from the inbox, a reply, the thread resolved.
    await switchProfile(page, 'Camille');
    await openFromInbox(page, 2, w.commentItem);
    await expect(page).toHaveURL(/\/plan\/niche$/);
    const comments = page.getByRole('region', { name: w.sectionComments });
    await expect(comments.getByText('Say who they are first: <b>introverts</b>?')).toBeVisible();
    await comments.getByRole('button', { name: w.reply, exact: true }).click();
    await comments.getByRole('textbox', { name: w.replyLabel }).fill('Freelancers who work from home.');
    await comments.getByRole('button', { name: w.sendReply }).click();
    await expect(comments.getByText('Freelancers who work from home.')).toBeVisible();
    await comments.getByRole('button', { name: w.resolve }).click();
    await expect(comments.getByText(w.resolvedByYou)).toBeVisible();
    await expect(comments.getByText(w.allResolved)).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the niche step, thread resolved (${locale})`);

    // Two steps change, then version 2 goes out.
    await page.getByRole('textbox', { name: w.niche }).fill(second);
    await expect(saveStatus(page)).toHaveText(w.saved);
    await navigateInApp(page, '/plan/platform');
    await page.getByLabel(w.tech).check();
    await page.getByLabel(w.chat).check();
    await page.getByRole('checkbox', { name: 'Discord' }).check();
    await page.getByRole('button', { name: w.chooseDiscord }).click();
    await expect(page.getByText(w.choseDiscord)).toBeVisible();
    await expect(saveStatus(page)).toHaveText(w.saved);
    await navigateInApp(page, '/plan/summary');
    await expect(request.getByText(w.changed1)).toBeVisible();
    await request.getByRole('button', { name: w.ask2 }).click();
    await expect(request.getByRole('status')).toHaveText(w.sent2);

    // The coach: what changed since version 1, one change after the other, then the approval.
    await switchProfile(page, w.coachName);
    await openFromInbox(page, 2, w.requestItem(2));
    const changes = page.getByRole('region', { name: w.changesTitle });
    await expect(changes.getByText(w.twoSections)).toBeVisible();
    const nicheChange = page.locator('.plan-change[data-change="niche"]');
    await expect(nicheChange.getByRole('heading', { name: w.change1 })).toBeVisible();
    await expect(nicheChange.locator('del')).toHaveText(first);
    await expect(nicheChange.locator('ins')).toHaveText(second);
    await expect(nicheChange.getByText(w.before)).toBeVisible();
    await expect(nicheChange.getByText(w.now)).toBeVisible();
    await nicheChange.getByRole('button', { name: w.next }).click();
    const platformChange = page.locator('.plan-change[data-change="platform"]');
    await expect(platformChange.getByRole('heading', { name: w.change2 })).toBeFocused();
    await expect(platformChange).toContainText('Discord');
    await expect(page.getByRole('region', { name: w.nicheRegion }).getByText(w.resolvedByCamille)).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the review of version 2, with what changed (${locale})`);
    await review.getByRole('button', { name: w.approve2 }).click();
    await expect(review.getByRole('button', { name: w.approve2 })).toHaveAttribute('aria-pressed', 'true');

    // The creator reads the approval of version 2.
    await switchProfile(page, 'Camille');
    // Unread: the approval, and the first decision (only the comment was opened then).
    await openFromInbox(page, 2, w.approvedItem);
    await expect(page).toHaveURL(/\/plan\/summary$/);
    await expect(page.locator('.section-comments .review-status')).toHaveText(w.approvedV2);
    await expect(request.getByText(w.upToDate2)).toBeVisible();
    await expectNoSeriousA11yViolations(page, `summary, version 2 approved (${locale})`);
  });
}
