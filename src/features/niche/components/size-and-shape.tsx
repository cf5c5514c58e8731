import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { sizeAdvice } from '@/domain/community-size';
import { WHY_TALK_MAX } from '@/domain/plan';
import { useT } from '@/i18n/i18n';
import type { SectionDraft } from '@/stores/plan-draft';

type NicheDraft = SectionDraft<'niche'>;

type SizeKey = 'startSize' | 'targetSize';

export function SizeAndShape({ niche, update }: { niche: NicheDraft; update: (patch: Partial<NicheDraft>) => void }) {
  const t = useT();
  const advice = sizeAdvice(niche);
  return (
    <fieldset className="size-shape">
      <legend>{t('niche.size.legend')}</legend>
      <SizeInput name="startSize" niche={niche} update={update} />
      <SizeInput name="targetSize" niche={niche} update={update} />
      {advice.length > 0 ? (
        <ul className="size-advice" aria-live="polite">
          {advice.map((item) => (
            <li key={item}>{t(`niche.size.${item}`)}</li>
          ))}
        </ul>
      ) : null}
      <Field label={t('niche.whyTalk.label')} hint={t('niche.whyTalk.hint')}>
        {(props) => (
          <input
            {...props}
            type="text"
            dir="auto"
            maxLength={WHY_TALK_MAX}
            value={niche.whyTalk ?? ''}
            onChange={(event) => update({ whyTalk: event.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}

function SizeInput({ name, niche, update }: { name: SizeKey; niche: NicheDraft; update: (patch: Partial<NicheDraft>) => void }) {
  const t = useT();
  // What is typed stays on screen even when it is not a valid size yet; only valid sizes are kept.
  const stored = niche[name] ?? null;
  const [text, setText] = useState(stored != null ? String(stored) : '');
  const [seen, setSeen] = useState(stored);
  // The plan can change from elsewhere (loaded from the database, another profile): follow it.
  if (stored !== seen) {
    setSeen(stored);
    setText(stored != null ? String(stored) : '');
  }
  const value = text.trim() === '' ? null : Number(text);
  const invalid = value !== null && (!Number.isInteger(value) || value < 1 || value > 100_000);
  return (
    <Field label={t(`niche.${name}.label`)} hint={t(`niche.${name}.hint`)} error={invalid ? t('niche.size.invalid') : null}>
      {(props) => (
        <input
          {...props}
          type="number"
          inputMode="numeric"
          min={1}
          max={100_000}
          step={1}
          className="input-narrow"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const next = event.target.value.trim() === '' ? null : Number(event.target.value);
            if (next === null || (Number.isInteger(next) && next >= 1 && next <= 100_000)) {
              setSeen(next);
              update({ [name]: next });
            }
          }}
        />
      )}
    </Field>
  );
}
