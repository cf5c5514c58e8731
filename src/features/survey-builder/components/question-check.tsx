import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { coachQuestion, type CoachLocale } from '@/domain/question-coach';
import type { QuestionKind } from '@/domain/survey';
import { useT } from '@/i18n/i18n';

interface QuestionCheckProps {
  id: string;
  prompt: string;
  kind: QuestionKind;
  /** The survey's language: the question is read, and rewritten, in it. */
  locale: CoachLocale;
  onReword: (prompt: string) => void;
}

/**
 * What makes a question's answers weak evidence, under the question as it is typed: advice, not
 * an error (the survey can be saved and published as it is). A rewrite, where one can be made,
 * is one click away, and one click back.
 */
export function QuestionCheck({ id, prompt, kind, locale, onReword }: QuestionCheckProps) {
  const t = useT();
  const [previous, setPrevious] = useState<{ from: string; to: string } | null>(null);
  const findings = coachQuestion(prompt, { locale, kind });
  // The undo offer lasts while the replaced wording is untouched.
  const undo = previous && previous.to === prompt ? previous : null;
  // Always there, even empty: a live region announces what appears in it only if it existed before.
  return (
    <div id={id} className="question-check" aria-live="polite">
      {findings.length > 0 ? (
        <>
          <p className="question-check-title">{t('survey.check.title')}</p>
          <ul>
            {findings.map((finding) => (
              <li key={finding.rule}>
                <strong>{t(`survey.check.rule.${finding.rule}`)}</strong> — {t(`survey.check.rule.${finding.rule}.advice`)}
                <br />
                <span className="muted">{t('survey.check.words', { match: finding.match })}</span>
                {finding.rewrite ? (
                  <Rewrite
                    rewrite={finding.rewrite}
                    onUse={(rewrite) => {
                      setPrevious({ from: prompt, to: rewrite });
                      onReword(rewrite);
                    }}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {undo ? (
        <p>
          {t('survey.check.used')}{' '}
          <Button
            variant="link"
            onClick={() => {
              setPrevious(null);
              onReword(undo.from);
            }}
          >
            {t('survey.check.undo')}
          </Button>
        </p>
      ) : null}
    </div>
  );
}

function Rewrite({ rewrite, onUse }: { rewrite: string; onUse: (rewrite: string) => void }) {
  const t = useT();
  return (
    <>
      <br />
      <span dir="auto">{t('survey.check.rewrite', { rewrite })}</span>{' '}
      <Button variant="link" onClick={() => onUse(rewrite)}>
        {t('survey.check.useRewrite')}
      </Button>
    </>
  );
}
