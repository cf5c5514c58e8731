import { useMemo, useRef, useState } from 'react';
import { SectionComments } from '@/components/plan/section-comments';
import { platformFacts, type PlatformId } from '@/domain/platform-facts';
import { recommendPlatforms, type PlatformAnswers } from '@/domain/platform-recommender';
import { MAX_KEPT_REASONS } from '@/domain/platform-section';
import { useT } from '@/i18n/i18n';
import { usePlanDraft, usePlanSection } from '@/stores/plan-draft';
import { weeklyHours } from '@/domain/plan';
import { useCommunitySizes } from '../hooks/use-community-sizes';
import { ChoicePanel } from './choice-panel';
import { ConfirmDialog } from './confirm-dialog';
import { Questionnaire } from './questionnaire';
import { Recommendations } from './recommendations';

// What a section reads as before anything is written (one value, so renders stay stable).
const emptyPlatform = {};

export function PlatformStep() {
  const t = useT();
  const [platform, update] = usePlanSection('platform', emptyPlatform);
  const [{ targetSize }, updateSizes] = useCommunitySizes();
  // An older plan kept its hours in the launch section only: they show here until answered again.
  const hours = usePlanDraft((s) => weeklyHours(s.sections));
  const answers: PlatformAnswers = useMemo(() => ({ ...platform.answers, hoursPerWeek: hours }), [platform.answers, hours]);
  const result = useMemo(() => recommendPlatforms({ ...answers, targetSize }), [answers, targetSize]);
  const [pending, setPending] = useState<PlatformId | null>(null);
  const [message, setMessage] = useState('');
  const choiceHeading = useRef<HTMLHeadingElement>(null);

  const commit = (id: PlatformId) => {
    const ranked = result.ranked.find((item) => item.id === id);
    update({
      choice: id,
      reasons: (ranked?.reasons ?? []).slice(0, MAX_KEPT_REASONS).map(({ key, params }) => (params ? { key, params } : { key })),
      score: ranked?.score ?? null,
      rank: ranked?.rank ?? null,
    });
    setMessage(t('platform.choice.saved', { platform: platformFacts[id].name }));
    choiceHeading.current?.focus();
  };
  const choose = (id: PlatformId) => {
    if (platform.choice && platform.choice !== id) setPending(id);
    else commit(id);
  };
  const cancelReplace = () => {
    const id = pending;
    setPending(null);
    if (id) document.getElementById(`choose-${id}`)?.focus();
  };

  return (
    <div className="platform-step">
      <SectionComments section="platform" />
      <Questionnaire
        answers={answers}
        onAnswer={(patch) => update({ answers: { ...platform.answers, ...patch } })}
        targetSize={targetSize ?? null}
        onTargetSize={(size) => updateSizes({ targetSize: size })}
      />
      <div className="platform-results">
        <ChoicePanel
          platform={platform}
          result={result}
          headingRef={choiceHeading}
          message={message}
          onNote={(note) => update({ note })}
          onClear={() => {
            update({ choice: null, reasons: [], score: null, rank: null });
            setMessage(t('platform.choice.cleared'));
          }}
        />
        <Recommendations result={result} choice={platform.choice} onChoose={choose} />
      </div>
      {pending && platform.choice ? (
        <ConfirmDialog
          title={t('platform.replace.title')}
          body={t('platform.replace.body', { current: platformFacts[platform.choice].name, next: platformFacts[pending].name })}
          confirmLabel={t('platform.replace.confirm', { next: platformFacts[pending].name })}
          cancelLabel={t('platform.replace.cancel', { current: platformFacts[platform.choice].name })}
          onConfirm={() => {
            const id = pending;
            setPending(null);
            commit(id);
          }}
          onCancel={cancelReplace}
        />
      ) : null}
    </div>
  );
}
