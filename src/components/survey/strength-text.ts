import type { EvidenceStrength } from '@/domain/evidence';
import type { Translate } from '@/i18n/i18n';

/** What a verdict rests on, in plain words ("Weak: opinions only…", "Strong: … 6."): the card and the summary say it alike. */
export function strengthText(strength: EvidenceStrength, t: Translate): string {
  return strength.word === 'weak' && strength.level !== 'opinion'
    ? t('survey.evidence.noCommitment')
    : t(`survey.evidence.${strength.level}`, { people: strength.people });
}
