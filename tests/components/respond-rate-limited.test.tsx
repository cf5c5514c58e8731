import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BackendError } from '@/data/errors';
import type { PublicRpc } from '@/data/public-rpc';
import { RespondPage } from '@/features/survey-respond/components/respond-page';

// rate_limited exists in Supabase mode only (the client address comes from the API's request
// headers), so the page meets it here through a stand-in for PostgREST.
const survey = {
  id: '00000000-0000-4000-8000-00000000aa01',
  slug: 'rate-limited',
  title: 'Night runners',
  intro: '',
  status: 'open',
  questions: [{ id: '00000000-0000-4000-8000-00000000aa02', position: 1, kind: 'short_text', prompt: 'Favourite route?', required: false, options: [], min: null, max: null }],
};

function standIn(locale: 'fr' | 'en'): PublicRpc {
  return async (fn) => {
    if (fn === 'get_public_survey') return { ...survey, locale };
    throw new BackendError('rate_limited', 'Too many responses to this survey from this connection: try again later.');
  };
}

describe('the public page when the stuffing guard refuses a response', () => {
  it.each([
    ['en', 'Send my answers', 'Too many responses to this survey came from your connection in the last hour.'],
    ['fr', 'Envoyer mes réponses', 'Trop de réponses à ce questionnaire sont venues de votre connexion depuis une heure.'],
  ] as const)('says so in the survey’s language (%s) and keeps the answers', async (locale, send, message) => {
    const user = userEvent.setup();
    render(<RespondPage slug={survey.slug} rpc={standIn(locale)} localMode={false} />);
    await user.type(await screen.findByLabelText(/Favourite route\?/), 'The canal path');
    await user.click(screen.getByRole('button', { name: send }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByLabelText(/Favourite route\?/)).toHaveValue('The canal path');
  });
});
