import { platformFacts } from '@/domain/platform-facts';
import {
  budgetChoices,
  communityKinds,
  deviceChoices,
  liveChoices,
  LOW_BUDGET_MAX,
  memberApps,
  moneyChoices,
  talkStyles,
  type MemberApp,
  type PlatformAnswers,
} from '@/domain/platform-recommender';
import { HOURS_MAX } from '@/domain/platform-section';
import { useT } from '@/i18n/i18n';
import { NumberField } from '@/components/ui/number-field';
import { WEEKLY_HOURS_ANCHOR } from '@/components/plan/weekly-hours';
import { useMoney } from '../hooks/use-format-params';
import { RadioGroup } from './radio-group';

interface QuestionnaireProps {
  answers: PlatformAnswers;
  onAnswer: (patch: PlatformAnswers) => void;
  targetSize: number | null;
  onTargetSize: (size: number | null) => void;
}

const yesNo = ['yes', 'no'] as const;

export function Questionnaire({ answers, onAnswer, targetSize, onTargetSize }: QuestionnaireProps) {
  const t = useT();
  const money = useMoney();
  const apps = answers.apps ?? [];
  const toggleApp = (app: MemberApp, on: boolean) => onAnswer({ apps: on ? [...new Set([...apps, app])] : apps.filter((a) => a !== app) });

  return (
    <section className="questionnaire" aria-labelledby="platform-questions-title">
      <h2 id="platform-questions-title">{t('platform.questions.title')}</h2>
      <p className="hint">{t('platform.questions.help')}</p>
      <RadioGroup
        legend={t('platform.q.kind')}
        options={communityKinds}
        value={answers.kind}
        label={(o) => t(`platform.q.kind.${o}`)}
        onChange={(kind) => onAnswer({ kind })}
      />
      <RadioGroup
        legend={t('platform.q.talk')}
        options={talkStyles}
        value={answers.talk}
        label={(o) => t(`platform.q.talk.${o}`)}
        onChange={(talk) => onAnswer({ talk })}
      />
      <RadioGroup
        legend={t('platform.q.live')}
        options={liveChoices}
        value={answers.live}
        label={(o) => t(`platform.q.live.${o}`)}
        onChange={(live) => onAnswer({ live })}
      />
      <RadioGroup
        legend={t('platform.q.money')}
        options={moneyChoices}
        value={answers.money}
        label={(o) => t(`platform.q.money.${o}`)}
        onChange={(money) => onAnswer({ money })}
      />
      <RadioGroup
        legend={t('platform.q.courses')}
        options={yesNo}
        value={answers.courses == null ? null : answers.courses ? 'yes' : 'no'}
        label={(o) => t(`platform.q.courses.${o}`)}
        onChange={(choice) => onAnswer({ courses: choice === 'yes' })}
      />
      <NumberField
        integer
        label={t('platform.q.targetSize')}
        hint={t('platform.q.targetSize.hint')}
        invalidMessage={t('platform.q.sizeInvalid')}
        value={targetSize}
        min={1}
        max={100_000}
        onChange={onTargetSize}
      />
      <fieldset className="question-block">
        <legend>{t('platform.q.habits')}</legend>
        <RadioGroup
          legend={t('platform.q.devices')}
          options={deviceChoices}
          value={answers.devices}
          label={(o) => t(`platform.q.devices.${o}`)}
          onChange={(devices) => onAnswer({ devices })}
        />
        <fieldset className="choice-group">
          <legend>{t('platform.q.apps')}</legend>
          <div className="choice-options">
            {memberApps.map((app) => (
              <label key={app} className="choice-option">
                <input type="checkbox" checked={apps.includes(app)} onChange={(event) => toggleApp(app, event.target.checked)} />
                <span>{platformFacts[app].name.replace(' Business', '')}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      {/* The one place the weekly hours are asked; the rituals and launch steps link here. */}
      <fieldset className="question-block" id={WEEKLY_HOURS_ANCHOR} tabIndex={-1}>
        <legend>{t('platform.q.time')}</legend>
        <NumberField
          label={t('platform.q.hours')}
          hint={t('platform.q.hours.hint')}
          invalidMessage={t('platform.q.hoursInvalid')}
          value={answers.hoursPerWeek ?? null}
          min={0}
          max={HOURS_MAX}
          step={0.5}
          integer={false}
          onChange={(hoursPerWeek) => onAnswer({ hoursPerWeek })}
        />
        <RadioGroup
          legend={t('platform.q.budget')}
          options={budgetChoices}
          value={answers.budget}
          label={(o) => t(`platform.q.budget.${o}`, { amount: money(LOW_BUDGET_MAX) })}
          onChange={(budget) => onAnswer({ budget })}
        />
      </fieldset>
    </section>
  );
}
