import { describe, expect, it } from 'vitest';
import { evidenceRank, evidenceStrength, proposedEvidence } from '@/domain/evidence';
import { evidenceLevels } from '@/domain/survey';
import { surveyTemplate } from '@/domain/survey-template';
import { templateText } from '@/features/survey-builder/lib/template-text';

describe('evidence levels', () => {
  it('go from opinion to a strong commitment', () => {
    expect(evidenceLevels).toEqual(['opinion', 'behaviour', 'commitment', 'strong_commitment']);
    expect(evidenceRank('opinion')).toBeLessThan(evidenceRank('behaviour'));
    expect(evidenceRank('commitment')).toBeLessThan(evidenceRank('strong_commitment'));
  });

  it('are proposed from the question: its kind, then whether it asks about the past', () => {
    expect(proposedEvidence({ kind: 'email_optin', prompt: 'Would you like to hear when it opens?' }, 'en')).toBe('commitment');
    expect(proposedEvidence({ kind: 'scale', prompt: 'How painful was it last time?' }, 'en')).toBe('opinion');
    expect(proposedEvidence({ kind: 'single_choice', prompt: 'In the last three months, did you pay for a course?' }, 'en')).toBe('behaviour');
    expect(proposedEvidence({ kind: 'single_choice', prompt: 'Would you pay for a course?' }, 'en')).toBe('opinion');
    expect(proposedEvidence({ kind: 'single_choice', prompt: 'Do you like online courses?' }, 'en')).toBe('opinion');
    expect(proposedEvidence({ kind: 'single_choice', prompt: 'Seriez-vous prêt à payer pour une formation ?' }, 'fr')).toBe('opinion');
    expect(proposedEvidence({ kind: 'single_choice', prompt: 'Avez-vous déjà payé pour une formation ?' }, 'fr')).toBe('behaviour');
  });

  it('make the template’s threshold question past behaviour, in both languages', () => {
    const niche = { statement: 'freelance designers who work alone', what: 'productivity' };
    for (const locale of ['fr', 'en'] as const) {
      const template = surveyTemplate(niche, locale, templateText(locale));
      expect(proposedEvidence(template.questions[template.suggestedThreshold.questionIndex]!, locale)).toBe('behaviour');
    }
  });
});

describe('the strength a verdict rests on', () => {
  it('never calls opinions strong, however many', () => {
    expect(evidenceStrength('opinion', 10_000)).toEqual({ word: 'weak', level: 'opinion', people: 10_000 });
  });

  it('calls behaviour fair and commitments strong, when someone committed', () => {
    expect(evidenceStrength('behaviour', 12).word).toBe('fair');
    expect(evidenceStrength('commitment', 14)).toEqual({ word: 'strong', level: 'commitment', people: 14 });
    expect(evidenceStrength('strong_commitment', 3).word).toBe('strong');
    expect(evidenceStrength('commitment', 0).word).toBe('weak');
  });
});
