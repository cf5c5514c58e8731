import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defined } from '@/domain/invariant';
import { renderApp } from '../support/render-app';

// The seed's demo survey (supabase/seed.sql): published, French, one question of each kind.
const DEMO = '/s/demo-interest';

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}
afterEach(() => setOnline(true));

async function responseCount(databases: { query: (sql: string) => Promise<{ rows: unknown[] }> }[]) {
  const { rows } = await databases[0]!.query(
    `select count(*)::int as n from app.responses r join app.surveys s on s.id = r.survey_id where s.slug = 'demo-interest'`,
  );
  return (rows[0] as { n: number }).n;
}

/** Answers every required question of the demo survey. */
async function answerAll(user: ReturnType<typeof userEvent.setup>) {
  for (const group of screen.getAllByRole('group')) {
    const radios = within(group).queryAllByRole('radio');
    const boxes = within(group).queryAllByRole('checkbox');
    if (radios.length) await user.click(radios[0]!);
    else if (boxes.length && !/e-mail/i.test(group.textContent ?? '')) await user.click(boxes[0]!);
  }
  for (const box of screen.queryAllByRole('textbox')) {
    if (box.getAttribute('type') === 'email' || box.getAttribute('name') === 'website') continue;
    await user.type(box, 'Je bloque le lundi matin.');
  }
}

describe('the public survey page', () => {
  it('shows a clear page for an unknown survey', async () => {
    renderApp('/s/no-such-survey', { keepDemo: true });
    // No survey, so no survey language: the page follows the browser's (English here).
    expect(await screen.findByRole('heading', { level: 1, name: 'Survey not found' })).toBeInTheDocument();
  });

  it('numbers every question in order, the e-mail one included, as the results do', async () => {
    renderApp(DEMO, { keepDemo: true });
    await screen.findByRole('button', { name: 'Envoyer mes réponses' });
    const numbers = [...document.querySelectorAll('.q-number')].map((number) => number.textContent);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual(numbers.map((_, i) => `${i + 1}.`));
    expect(document.querySelector('.email-optin .q-number')).not.toBeNull();
  });

  it('shows a conditional question once an earlier answer matches, and sends nothing for it when hidden', async () => {
    const user = userEvent.setup();
    // The demo's question 5 (an optional text) asked only to those who paid (question 1: "plusieurs" or "une").
    const { databases } = renderApp(DEMO, {
      keepDemo: true,
      prepare: (db) => db.exec(`update app.survey_questions set show_if_question = '00000000-0000-4000-8000-00000000d501', show_if_choices = 3
                                  where id = '00000000-0000-4000-8000-00000000d505'`).then(() => undefined),
    });
    await screen.findByRole('button', { name: 'Envoyer mes réponses' });
    const paid = screen.getByRole('group', { name: /Au cours des trois derniers mois/ });
    const tool = () => screen.queryByLabelText(/Quel outil utilisez-vous/);
    expect(tool()).toBeNull();
    await user.click(within(paid).getByRole('radio', { name: 'Oui, une fois' }));
    const field = await screen.findByLabelText(/Quel outil utilisez-vous/);
    // Numbered as in the results, whatever is hidden before it.
    expect(field.closest('.question')?.querySelector('.q-number')).toHaveTextContent('5.');

    await answerAll(user); // types an answer in question 5 too
    const answersToTool = async () =>
      (await defined(databases[0], 'the page’s database').query<{ n: number }>(
        `select count(*)::int as n from app.response_answers where question_id = '00000000-0000-4000-8000-00000000d505'`,
      )).rows[0]?.n;
    const before = await answersToTool();
    await user.click(within(paid).getByRole('radio', { name: 'Non' }));
    await waitFor(() => expect(tool()).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Envoyer mes réponses' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Merci !' })).toBeInTheDocument();
    expect(await answersToTool()).toBe(before);
  });

  it('says what is missing before sending, in the survey’s language', async () => {
    const user = userEvent.setup();
    renderApp(DEMO, { keepDemo: true });
    await user.click(await screen.findByRole('button', { name: 'Envoyer mes réponses' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Certaines réponses sont à revoir avant l’envoi');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getAllByText('Cette question demande une réponse.').length).toBeGreaterThan(0);
  });

  it('keeps an answer sent offline and sends it once the connection returns, only once', async () => {
    const user = userEvent.setup();
    const { databases } = renderApp(DEMO, { keepDemo: true });
    await screen.findByRole('button', { name: 'Envoyer mes réponses' });
    const before = await responseCount(databases);

    await answerAll(user);

    setOnline(false);
    await user.click(screen.getByRole('button', { name: 'Envoyer mes réponses' }));
    expect(await screen.findByText('Gardé sur cet appareil')).toBeInTheDocument();
    expect(await responseCount(databases)).toBe(before);

    setOnline(true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Merci !' })).toBeInTheDocument();
    await waitFor(async () => expect(await responseCount(databases)).toBe(before + 1));
  });

  it('moves the focus to the thank-you heading as soon as it shows, sent from the keyboard', async () => {
    const user = userEvent.setup();
    renderApp(DEMO, { keepDemo: true });
    const send = await screen.findByRole('button', { name: 'Envoyer mes réponses' });
    await answerAll(user);
    // Where the focus is at the moment the heading appears, not eventually.
    const focusedWhenShown: (Element | null)[] = [];
    const observer = new MutationObserver(() => {
      const heading = document.querySelector('h1');
      if (heading?.textContent === 'Merci !' && focusedWhenShown.length === 0) focusedWhenShown.push(document.activeElement);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    send.focus();
    await user.keyboard('{Enter}');
    const thanks = await screen.findByRole('heading', { level: 1, name: 'Merci !' });
    observer.disconnect();
    expect(focusedWhenShown).toEqual([thanks]);
    expect(thanks).toHaveFocus();
  });

  it('keeps an unsent draft on the device and gives it back on return', async () => {
    const user = userEvent.setup();
    const first = renderApp(DEMO, { keepDemo: true });
    await screen.findByRole('button', { name: 'Envoyer mes réponses' });
    const text = screen.getAllByRole('textbox').find((box) => box.getAttribute('type') !== 'email' && box.getAttribute('name') !== 'website')!;
    await user.type(text, 'Le lundi matin, toujours.');
    first.unmount();

    // The respondent comes back later (a reload, the tab closed and opened again).
    renderApp(DEMO, { keepDemo: true });
    await screen.findByRole('button', { name: 'Envoyer mes réponses' });
    expect(screen.getByDisplayValue('Le lundi matin, toujours.')).toBeInTheDocument();
  });
});
