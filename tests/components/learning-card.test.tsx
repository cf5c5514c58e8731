import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEMO_USER_ID } from '@/data/embedded/db-host';
import { callAs, createUser, openSnapshot } from '../support/db';
import { renderApp } from '../support/render-app';

// The learning card on the results page of an ended survey (issue 16): the seed's demo survey,
// closed by hand before the app opens.
const DEMO_SURVEY = '00000000-0000-4000-8000-00000000d5e1';
const TITLE = "Freelances introvertis : comment s'organisent vos semaines ?";

function openResults(closed = true) {
  localStorage.setItem('noyau.localProfile', DEMO_USER_ID);
  return renderApp(`/surveys/${DEMO_SURVEY}/results`, {
    keepDemo: true,
    prepare: async (db) => {
      // The demo profile stays between tests: its card and narrowed niche go, its statement comes back.
      await db.exec(`delete from app.learning_cards; delete from app.niche_versions;`);
      await db.query(`update app.plans set sections = jsonb_set(sections, '{niche,statement}', '"productivité pour freelances introvertis"') where owner_id = $1`, [DEMO_USER_ID]);
      if (closed) await db.query(`update app.surveys set status = 'closed' where id = $1`, [DEMO_SURVEY]);
    },
  });
}

describe('the learning card', () => {
  it('is not offered while the survey is open', async () => {
    openResults(false);
    await screen.findByRole('region', { name: 'Verdict' });
    expect(screen.queryByRole('region', { name: 'Learning card' })).not.toBeInTheDocument();
  });

  it('is written once the survey has ended: checked first, then saved and shown, the focus on it', async () => {
    const user = userEvent.setup();
    const { router } = openResults();
    const panel = await screen.findByRole('region', { name: 'Learning card' });
    const learned = await within(panel).findByRole('textbox', { name: 'What we learned' });

    await user.click(within(panel).getByRole('radio', { name: 'Narrow the niche' }));
    await user.click(within(panel).getByRole('button', { name: 'Save the learning card' }));
    expect(learned).toHaveAccessibleDescription(expect.stringContaining('Say what the test taught you.'));
    const statement = within(panel).getByRole('textbox', { name: 'New niche statement' });
    expect(statement).toHaveAccessibleDescription(expect.stringContaining('Write the new niche statement.'));

    await user.type(learned, 'Those who work alone at home answered; the others did not.');
    await user.type(statement, 'productivity for introverted freelancers working from home alone');
    expect(statement).toHaveAccessibleDescription(expect.stringContaining('8 words: more than seven, tighten it if you can'));
    await user.clear(statement);
    await user.type(statement, 'productivity for introverted home freelancers');
    await user.click(within(panel).getByRole('button', { name: 'Save the learning card' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Learning card saved.');
    const card = await within(panel).findByRole('article', { name: `Learning card: ${TITLE}` });
    await waitFor(() => expect(within(card).getByRole('heading', { name: `Learning card: ${TITLE}` })).toHaveFocus());
    expect(card).toHaveTextContent('What we learnedThose who work alone at home answered; the others did not.');
    expect(card).toHaveTextContent('Narrow the niche');
    expect(card).toHaveTextContent('The niche went from “productivité pour freelances introvertis” to “productivity for introverted home freelancers”.');
    expect(within(card).getByRole('region', { name: 'Verdict' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the learning card' })).not.toBeInTheDocument();

    // The plan's niche is the new statement now, in the wizard too.
    await router.navigate('/plan/summary');
    expect(await screen.findByText('productivity for introverted home freelancers', { selector: '.plan-document-niche' })).toBeInTheDocument();
  });

  it('says why the database refused it: a card written meanwhile in another tab', async () => {
    const user = userEvent.setup();
    const { databases } = openResults();
    const panel = await screen.findByRole('region', { name: 'Learning card' });
    await user.type(await within(panel).findByRole('textbox', { name: 'What we learned' }), 'Written twice.');
    await callAs(databases[0]!, DEMO_USER_ID, 'save_learning_card', { p_survey_id: DEMO_SURVEY, p_learned: 'From the other tab.', p_decision: 'persevere' });
    await user.click(within(panel).getByRole('button', { name: 'Save the learning card' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('This survey already has its learning card.');
  });

  it('speaks French, plurals and dates included', async () => {
    const user = userEvent.setup();
    openResults();
    await user.click(await screen.findByRole('button', { name: 'Français' }));
    const panel = await screen.findByRole('region', { name: 'Fiche d’apprentissage' });
    await user.type(await within(panel).findByRole('textbox', { name: 'Ce que nous avons appris' }), 'Peu de réponses, mais nettes.');
    await user.click(within(panel).getByRole('radio', { name: 'Tester à nouveau' }));
    await user.click(within(panel).getByRole('button', { name: 'Enregistrer la fiche' }));
    const card = await within(panel).findByRole('article', { name: `Fiche d’apprentissage : ${TITLE}` });
    expect(card).toHaveTextContent(/\d+ réponses au moment d’écrire la fiche\./);
    expect(card).toHaveTextContent(/Écrite le \d{1,2} \p{L}+\.? \d{4}/u);
    expect(card).toHaveTextContent('DécisionTester à nouveau');
  });
});

/** A creator whose two tests have ended, each with its card (the second narrowed the niche), and a linked coach. */
async function history() {
  const db = await openSnapshot();
  const owner = await createUser(db, 'Camille');
  await callAs(db, owner, 'save_my_profile', { p_display_name: 'Camille' });
  await callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'productivity for freelancers' } });
  const cards: [string, string, string, string?][] = [
    ['First test', 'Too few answers to tell.', 'retest'],
    ['Second test', 'Only introverts answered yes.', 'narrow', 'productivity for introverted freelancers'],
  ];
  for (const [title, learned, decision, statement] of cards) {
    const survey = (await callAs(db, owner, 'create_survey', {
      p_title: title,
      p_locale: 'en',
      p_questions: [{ kind: 'single_choice', prompt: 'Did you pay for help last year?', required: true, options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] }],
    })) as { id: string; questions: { id: string }[] };
    await callAs(db, owner, 'update_survey', {
      p_survey_id: survey.id,
      p_hypothesis: `${title}: at least 30 % paid for help.`,
      p_threshold: { question_id: survey.questions[0]?.id, option_keys: ['yes'], target_rate: 0.3, min_responses: 5 },
    });
    await callAs(db, owner, 'publish_survey', { p_survey_id: survey.id });
    await callAs(db, owner, 'close_survey', { p_survey_id: survey.id });
    await callAs(db, owner, 'save_learning_card', { p_survey_id: survey.id, p_learned: learned, p_decision: decision, p_niche_statement: statement });
  }
  const coach = await createUser(db, 'Léa');
  await callAs(db, coach, 'save_my_profile', { p_display_name: 'Léa', p_roles: ['coach'] });
  const { code } = (await callAs(db, owner, 'create_coach_invitation')) as { code: string };
  const { plan_id: planId } = (await callAs(db, coach, 'accept_coach_invitation', { p_code: code })) as { plan_id: string };
  return { db, owner, coach, planId };
}

function expectHistory(region: HTMLElement) {
  const cards = within(region).getAllByRole('article');
  expect(cards.map((c) => within(c).getAllByRole('heading')[0]?.textContent)).toEqual([
    'Learning card: First test',
    'Learning card: Second test',
  ]);
  expect(cards[0]).toHaveTextContent('What we believedFirst test: at least 30 % paid for help.');
  expect(cards[0]).toHaveTextContent('0 responses when the card was written.');
  expect(cards[0]).toHaveTextContent('DecisionTest again');
  expect(cards[1]).toHaveTextContent('The niche went from “productivity for freelancers” to “productivity for introverted freelancers”.');
  const versions = within(within(region).getByRole('region', { name: 'The niche’s versions' })).getAllByRole('listitem');
  expect(versions.map((v) => v.textContent?.replace(/ \(.*\)$/, ''))).toEqual([
    'Version 1 productivity for freelancers Before the first narrowing.',
    'Version 2 productivity for introverted freelancers After the survey “Second test”.',
  ]);
}

describe('the learning cards of a plan', () => {
  it('are on the summary, oldest first, with the niche’s versions', async () => {
    const { db, owner } = await history();
    localStorage.setItem('noyau.localProfile', owner);
    renderApp('/plan/summary', { openDatabase: async () => db });
    const region = await screen.findByRole('region', { name: 'What the tests taught' });
    await within(region).findAllByRole('article');
    expectHistory(region);
  });

  it('are on the coach’s review, read-only', async () => {
    const { db, coach, planId } = await history();
    localStorage.setItem('noyau.localProfile', coach);
    renderApp(`/coach/plans/${planId}`, { openDatabase: async () => db });
    const region = await screen.findByRole('region', { name: 'What the tests taught' });
    await within(region).findAllByRole('article');
    expectHistory(region);
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
  });
});
