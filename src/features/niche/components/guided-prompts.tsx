import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { composeNiche } from '@/domain/niche-lint';
import { NICHE_ANSWER_MAX } from '@/domain/plan';
import { useLocale, useT } from '@/i18n/i18n';
import type { SectionDraft } from '@/stores/plan-draft';

type NicheDraft = SectionDraft<'niche'>;

const parts = ['who', 'what', 'situation'] as const;

export function GuidedPrompts({ niche, update }: { niche: NicheDraft; update: (patch: Partial<NicheDraft>) => void }) {
  const t = useT();
  const locale = useLocale();
  const [previous, setPrevious] = useState<string | null>(null);
  const [message, setMessage] = useState<'composed' | 'undone' | 'empty' | null>(null);

  const compose = () => {
    const statement = composeNiche({ who: niche.who ?? '', what: niche.what ?? '', situation: niche.situation ?? '' }, locale);
    if (!statement) {
      setMessage('empty');
      return;
    }
    setPrevious(niche.statement);
    update({ statement });
    setMessage('composed');
  };
  const undo = () => {
    if (previous === null) return;
    update({ statement: previous });
    setPrevious(null);
    setMessage('undone');
  };

  return (
    <fieldset className="guided">
      <legend>{t('niche.guided.legend')}</legend>
      <p className="hint">{t('niche.guided.help')}</p>
      {parts.map((part) => (
        <Field key={part} label={t(`niche.${part}.label`)} hint={t(`niche.${part}.hint`)}>
          {(props) => (
            <input
              {...props}
              type="text"
              dir="auto"
              maxLength={NICHE_ANSWER_MAX}
              value={niche[part] ?? ''}
              onChange={(event) => update({ [part]: event.target.value })}
            />
          )}
        </Field>
      ))}
      <div className="actions">
        <Button variant="secondary" onClick={compose}>
          {t('niche.compose')}
        </Button>
        {previous !== null ? <Button variant="link" onClick={undo}>{t('niche.undo')}</Button> : null}
      </div>
      <p role="status" className="hint">
        {message === 'composed' ? t('niche.composed') : message === 'undone' ? t('niche.undone') : message === 'empty' ? t('niche.composeEmpty') : ''}
      </p>
    </fieldset>
  );
}
