import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { usePlanDraft } from '@/stores/plan-draft';
import { renderApp } from '../support/render-app';

type User = ReturnType<typeof userEvent.setup>;
// Answers are unique labels: found by label, which is much faster than by role on a long page.
const pick = (user: User, answer: string) => user.click(screen.getByLabelText(answer));

describe('the platform step', () => {
  it('ranks the platforms with reasons, keeps one choice, and asks before replacing it', async () => {
    const user = userEvent.setup();
    renderApp('/plan/platform');
    expect(await screen.findByRole('heading', { level: 1, name: 'One platform, well run' })).toBeInTheDocument();
    expect(screen.getByText(/Answer a few questions to see a ranking/)).toBeInTheDocument();

    await pick(user, 'Tech or gaming');
    await pick(user, 'Live chat, back and forth');
    await user.click(screen.getByLabelText('Discord'));
    expect(screen.getByText(/^Best fit: Discord, \d+ out of 100\./)).toBeInTheDocument();
    const ranking = screen.getAllByRole('listitem').filter((li) => li.classList.contains('platform-card'));
    expect(within(ranking[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('No. 1 Discord');
    expect(within(ranking[0]!).getByText(/The article’s pick for tech and gaming communities/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Choose Discord' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Your choice' })).toHaveFocus();
    expect(screen.getByText('Discord chosen. The reasons are kept with your plan.')).toBeInTheDocument();
    expect(screen.getByText('You chose Discord.')).toBeInTheDocument();
    expect(usePlanDraft.getState().sections.platform).toMatchObject({
      choice: 'discord',
      rank: 1,
      reasons: expect.arrayContaining([{ key: 'article_tech', params: { kind: 'tech_gaming' } }]),
    });

    // A second platform: the article's rule is asked, and "keep" changes nothing.
    const telegram = screen.getByRole('button', { name: 'Choose Telegram' });
    await user.click(telegram);
    const dialog = screen.getByRole('alertdialog', { name: 'One platform, well run' });
    expect(dialog).toHaveTextContent('one platform, well run, beats five left to die. Replace Discord with Telegram?');
    expect(within(dialog).getByRole('button', { name: 'Keep Discord' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(telegram).toHaveFocus();
    expect(usePlanDraft.getState().sections.platform?.choice).toBe('discord');

    await user.click(telegram);
    await user.click(screen.getByRole('button', { name: 'Replace with Telegram' }));
    expect(screen.getByText('You chose Telegram.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose Discord' })).toBeInTheDocument();
    expect(usePlanDraft.getState().sections.platform?.choice).toBe('telegram');
  });

  it('rules WhatsApp out for 2,000 members, with the limit and its source', async () => {
    const user = userEvent.setup();
    renderApp('/plan/platform');
    await screen.findByRole('heading', { level: 1, name: 'One platform, well run' });
    await pick(user, 'Closeness and mutual support');
    await user.type(screen.getByLabelText('Expected size'), '2000');
    const excluded = screen.getByRole('region', { name: 'Ruled out' });
    const whatsapp = within(excluded).getByText('WhatsApp Business').closest('li')!;
    expect(whatsapp).toHaveTextContent('Holds 1,024 members at most; you aim for 2,000.');
    expect(whatsapp).toHaveTextContent('third-party figure');
    expect(screen.queryByRole('button', { name: 'Choose WhatsApp Business' })).not.toBeInTheDocument();
    // The size is the niche's target: one figure for the whole plan.
    expect(usePlanDraft.getState().sections.niche?.targetSize).toBe(2000);
  });

  it('keeps the first cohort at 20 to 50', async () => {
    const user = userEvent.setup();
    renderApp('/plan/platform');
    const start = await screen.findByLabelText('How many people will you invite first?');
    await user.type(start, '200');
    expect(screen.getByText('200 is too many for a start: invite 20 to 50, and let them bring the next ones.')).toBeInTheDocument();
    await user.clear(start);
    await user.type(start, '30');
    expect(screen.getByText('A good first cohort: small enough for everyone to talk to each other.')).toBeInTheDocument();
    expect(usePlanDraft.getState().sections.niche?.startSize).toBe(30);
  });

  it('speaks French, numbers included', async () => {
    const user = userEvent.setup();
    renderApp('/plan/platform');
    await user.click(await screen.findByRole('button', { name: 'Français' }));
    await pick(user, 'Proximité et entraide');
    await user.type(screen.getByLabelText('Taille visée'), '2000');
    expect(screen.getByText(/Accueille 1\s024 membres au plus ; vous en visez 2\s000\./)).toBeInTheDocument();
    expect(screen.getByText('Écartées', { selector: 'h3' })).toBeInTheDocument();
  });

  it('says where each fact comes from in the reader’s language, the titles as published', async () => {
    const user = userEvent.setup();
    renderApp('/plan/platform');
    await screen.findByRole('heading', { level: 1, name: 'One platform, well run' });
    const sources = async (summary: RegExp) => {
      for (const facts of screen.getAllByText(summary, { selector: 'summary' })) await user.click(facts);
      // "(Source: … — third-party figure)": the source, without the brackets and the marks.
      return [...new Set([...document.querySelectorAll('.fact-source')].map((note) => note.textContent.replace(/^\((.*?)(?: — .*)?\)$/, '$1')))];
    };
    const english = await sources(/^Facts and sources about /);
    expect(english).toEqual(
      expect.arrayContaining([
        'Source: « Micro-communautés », the article Noyau grew from',
        'Source: The Indian Express, on WhatsApp Communities (November 2022)',
        'Source: a third-party review of the prices, not checked against circle.so/pricing',
        'Source: Mighty Networks pricing page (not checked)',
        'Source: Discord developer documentation, “Guild Scheduled Event”',
        'Source: Slack pricing page (free plan)',
        'Source: Skool pricing page',
      ]),
    );
    for (const facts of screen.getAllByText(/^Facts and sources about /, { selector: 'summary' })) await user.click(facts);

    await user.click(screen.getByRole('button', { name: 'Français' }));
    const french = await sources(/^Faits et sources sur /);
    expect(french).toEqual(
      expect.arrayContaining([
        'Source : « Micro-communautés », l’article dont Noyau est né',
        'Source : The Indian Express, sur les Communautés WhatsApp (novembre 2022)',
        'Source : avis d’un tiers sur les tarifs, non vérifié sur circle.so/pricing',
        'Source : page des tarifs de Mighty Networks (non vérifiée)',
        'Source : documentation développeurs de Discord, “Guild Scheduled Event”',
        'Source : page des tarifs de Slack (offre gratuite)',
        'Source : page des tarifs de Skool',
      ]),
    );
    // No English words around a title (the titles themselves stay as published).
    for (const text of french) expect(text).not.toMatch(/pricing page|not checked|review|grew from|, on |developer documentation|free plan/);
  });

  it("asks the budget in the creator's currency and gives the platforms' prices in US dollars, in either language", async () => {
    const user = userEvent.setup();
    usePlanDraft.getState().setSection('launch', { currency: 'GBP' });
    renderApp('/plan/platform');
    await screen.findByRole('heading', { level: 1, name: 'One platform, well run' });
    await pick(user, 'A little (under £50 a month)');
    const excluded = screen.getByRole('region', { name: 'Ruled out' });
    const circle = within(excluded).getByText('Circle').closest('li')!;
    expect(circle).toHaveTextContent('From US$89 a month: above your budget (under £50).');

    await user.click(screen.getByRole('button', { name: 'Français' }));
    await screen.findByRole('heading', { level: 1, name: 'Une seule plateforme, bien animée' });
    // Testing Library reads a no-break space as a space.
    expect(screen.getByLabelText('Un peu (moins de 50 £GB par mois)')).toBeChecked();
    const écartée = within(screen.getByRole('region', { name: 'Écartées' })).getByText('Circle').closest('li')!;
    expect(écartée).toHaveTextContent('À partir de 89 $US par mois : au-dessus de votre budget (moins de 50 £GB).');
  });
});
