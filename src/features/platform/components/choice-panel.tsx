import type { RefObject } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { platformFacts } from '@/domain/platform-facts';
import type { RecommenderResult } from '@/domain/platform-recommender';
import { PLATFORM_NOTE_MAX } from '@/domain/platform-section';
import { useLocale, useT } from '@/i18n/i18n';
import { hasMessage } from '@/i18n/runtime';
import type { SectionDraft } from '@/stores/plan-draft';
import { useLimitText, useReasonText } from './recommendations';
import { StartSize } from './start-size';

interface ChoicePanelProps {
  platform: SectionDraft<'platform'>;
  result: RecommenderResult;
  headingRef: RefObject<HTMLHeadingElement | null>;
  message: string;
  onNote: (note: string) => void;
  onClear: () => void;
}

export function ChoicePanel({ platform, result, headingRef, message, onNote, onClear }: ChoicePanelProps) {
  const t = useT();
  const locale = useLocale();
  const reasonText = useReasonText();
  const limitText = useLimitText();
  const choice = platform.choice ?? null;
  const ruledOut = choice ? result.excluded.find((e) => e.id === choice) : undefined;
  // Reasons saved by another version of the app may have no message here: leave them out.
  const kept = (platform.reasons ?? []).filter((reason) => hasMessage(locale, `platform.reason.${reason.key}`)) as Parameters<typeof reasonText>[0][];
  return (
    <section className="choice-panel" aria-labelledby="platform-choice-title">
      <h2 id="platform-choice-title" ref={headingRef} tabIndex={-1}>
        {t('platform.choice.title')}
      </h2>
      <p role="status" className="choice-message">
        {message}
      </p>
      {choice ? (
        <>
          <p className="chosen-name">{t('platform.choice.current', { platform: platformFacts[choice].name })}</p>
          {ruledOut ? (
            <Alert tone="warning">
              {t('platform.choice.nowExcluded', { platform: platformFacts[choice].name, limit: ruledOut.limits.map(limitText).join(' ') })}
            </Alert>
          ) : null}
          {kept.length > 0 ? (
            <>
              <p>{t('platform.choice.reasons')}</p>
              <ul className="reason-list kept-reasons">
                {kept.map((reason) => (
                  <li key={reason.key}>{reasonText(reason)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="hint">{t('platform.choice.noReasons')}</p>
          )}
          <Field label={t('platform.choice.note')} hint={t('platform.choice.noteHint')}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                dir="auto"
                maxLength={PLATFORM_NOTE_MAX}
                value={platform.note ?? ''}
                onChange={(event) => onNote(event.target.value)}
              />
            )}
          </Field>
          <Button variant="link" onClick={onClear}>
            {t('platform.choice.clear')}
          </Button>
        </>
      ) : (
        <p className="empty-state">{t('platform.choice.none')}</p>
      )}
      <StartSize />
    </section>
  );
}
