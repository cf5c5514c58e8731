import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_USER_ID } from '@/data/embedded/db-host';
import { renderApp } from '../support/render-app';

// The seed's demo survey counts its verdict on "Rejoindriez-vous un petit groupe… ?": what people
// say they would do.
const DEMO_SURVEY = '00000000-0000-4000-8000-00000000d5e1';

describe('the verdict says what it rests on', () => {
  it('calls a verdict counted on a hypothetical question weak, whatever its figures', async () => {
    localStorage.setItem('noyau.localProfile', DEMO_USER_ID);
    renderApp(`/surveys/${DEMO_SURVEY}/results`, { keepDemo: true });
    const verdict = await screen.findByRole('region', { name: 'Verdict' });
    expect(within(verdict).getByText('What it rests on')).toBeInTheDocument();
    expect(verdict).toHaveTextContent('Weak: opinions only. What people think, or say they would do, predicts little.');
    // The test card's hypothesis stands above what the answers say of it.
    expect(verdict).toHaveTextContent('What we believed Au moins 40 % des freelances introvertis rejoindraient');
  });

  it('reads the level the creator set on the counted question: a stronger commitment is strong, with how many made it', async () => {
    localStorage.setItem('noyau.localProfile', DEMO_USER_ID);
    renderApp(`/surveys/${DEMO_SURVEY}/results`, {
      keepDemo: true,
      prepare: async (db) => {
        await db.query(`update app.survey_questions set evidence = 'strong_commitment' where id = '00000000-0000-4000-8000-00000000d504'`);
      },
    });
    const verdict = await screen.findByRole('region', { name: 'Verdict' });
    expect(verdict).toHaveTextContent('Strong: firm commitments (a call booked, a pre-order): 6.');
  });
});
