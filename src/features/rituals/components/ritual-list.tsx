import type { RefObject } from 'react';
import { Button } from '@/components/ui/button';
import type { Schedule } from '@/domain/ritual-schedule';
import { MAX_RITUALS, ritualPresets, type Ritual, type RitualPreset } from '@/domain/ritual-section';
import { useT } from '@/i18n/i18n';
import { RitualEditor } from './ritual-editor';

interface RitualListProps {
  items: Ritual[];
  schedule: Schedule;
  justAdded: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAdd: (preset: RitualPreset) => void;
  onChange: (id: string, patch: Partial<Omit<Ritual, 'id' | 'sequence'>>) => void;
  onRemove: (ritual: Ritual) => void;
}

export function RitualList({ items, schedule, justAdded, headingRef, onAdd, onChange, onRemove }: RitualListProps) {
  const t = useT();
  const full = items.length >= MAX_RITUALS;
  return (
    <section className="ritual-list" aria-labelledby="rituals-list-title">
      <h2 id="rituals-list-title" ref={headingRef} tabIndex={-1}>
        {t('rituals.list.title')} <span className="muted">({t('rituals.list.count', { count: items.length, max: MAX_RITUALS })})</span>
      </h2>
      <div className="ritual-add" role="group" aria-labelledby="rituals-add-title">
        <p id="rituals-add-title" className="ritual-add-title">
          {t('rituals.add.title')}
        </p>
        <div className="actions">
          {ritualPresets.map((preset) => (
            <Button
              key={preset}
              variant={preset === 'custom' ? 'link' : 'secondary'}
              disabled={full}
              aria-describedby={full ? 'rituals-full' : undefined}
              onClick={() => onAdd(preset)}
            >
              + {t(`rituals.add.${preset}`)}
            </Button>
          ))}
        </div>
        {full ? (
          <p id="rituals-full" className="field-error">
            {t('rituals.add.full', { max: MAX_RITUALS })}
          </p>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p className="empty-state">{t('rituals.list.empty')}</p>
      ) : (
        <ul className="rituals">
          {items.map((ritual) => (
            <li key={ritual.id}>
              <RitualEditor
                ritual={ritual}
                issues={schedule.issues.filter((issue) => issue.ritualId === ritual.id)}
                focusOnMount={ritual.id === justAdded}
                defaultOpen={items.length <= 3}
                onChange={(patch) => onChange(ritual.id, patch)}
                onRemove={() => onRemove(ritual)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
