import type { AnswerValue } from '@/domain/survey-answers';

// What a respondent typed, kept per survey in this browser: a reload or a dropped connection
// loses nothing, and the respondent key makes a retry idempotent (never a double response).

export interface RespondentState {
  respondentKey: string;
  values: Record<string, AnswerValue | undefined>;
  email: string;
  consent: boolean;
  /** pending: sent while offline (or the network failed), to send again when it returns. */
  status: 'draft' | 'pending' | 'sent';
  responseId: string | null;
  /** The checked answers of a response waiting to be sent. */
  pendingAnswers?: Record<string, AnswerValue>;
}

const storageKey = (slug: string) => `noyau.respond.${slug}`;

export function newRespondentKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function loadRespondent(slug: string): RespondentState {
  try {
    const raw = localStorage.getItem(storageKey(slug));
    if (raw) {
      const state = JSON.parse(raw) as RespondentState;
      if (typeof state.respondentKey === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(state.respondentKey)) return state;
    }
  } catch {
    // Unreadable or unavailable storage: start afresh.
  }
  return { respondentKey: newRespondentKey(), values: {}, email: '', consent: false, status: 'draft', responseId: null };
}

export function saveRespondent(slug: string, state: RespondentState): void {
  try {
    localStorage.setItem(storageKey(slug), JSON.stringify(state));
  } catch {
    // Private mode or full storage: the answers still live in the page.
  }
}
