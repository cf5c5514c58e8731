import type { PublicRpc } from '@/data/public-rpc';
import { parsePublicSurvey, type PublicSurvey } from '@/domain/public-survey';

export type { PublicSurvey } from '@/domain/public-survey';

export async function getPublicSurvey(rpc: PublicRpc, slug: string): Promise<PublicSurvey> {
  return parsePublicSurvey(await rpc('get_public_survey', { p_slug: slug }));
}

export interface SubmitInput {
  slug: string;
  respondentKey: string;
  answers: Record<string, unknown>;
  email: string | null;
  consent: boolean;
}

export async function submitResponse(rpc: PublicRpc, input: SubmitInput): Promise<string> {
  const id = await rpc('submit_response', {
    p_slug: input.slug,
    p_respondent_key: input.respondentKey,
    p_answers: input.answers,
    p_email: input.email,
    p_consent: input.consent,
  });
  if (typeof id !== 'string') throw new TypeError('submit_response returned no response id.');
  return id;
}
