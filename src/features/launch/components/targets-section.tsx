import type { LaunchSection } from '@/domain/monetization';
import { useLocale, useT } from '@/i18n/i18n';
import { WeeklyHours } from '@/components/plan/weekly-hours';
import { NumberField } from '@/components/ui/number-field';
import { formatNumber } from '@/i18n/format';

interface TargetsProps {
  launch: LaunchSection;
  update: (patch: Partial<LaunchSection>) => void;
  /** The niche step's target size, used until the launch plan sets its own. */
  nicheTargetSize: number | null | undefined;
  /** The hours a week the creator can give (asked in the platform step). */
  hours: number | null;
}

/** The creator's own limits and targets: what the alerts and the scaling plan measure against. */
export function TargetsSection({ launch, update, nicheTargetSize, hours }: TargetsProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="launch-targets" className="launch-section">
      <h2 id="launch-targets">{t('launch.targets.title')}</h2>
      <p>{t('launch.targets.intro')}</p>
      <WeeklyHours hours={hours != null ? formatNumber(hours, locale) : null} />
      <div className="panel targets-grid">
        <NumberField
          integer={false}
          label={t('launch.targets.activeRateTarget')}
          hint={t('launch.targets.activeRateTarget.hint')}
          value={launch.activeRateTarget}
          onChange={(activeRateTarget) => update({ activeRateTarget })}
          min={0}
          max={100}
          percent
          invalidMessage={t('launch.targets.percent.invalid')}
        />
        <NumberField
          label={t('launch.targets.targetSize')}
          hint={nicheTargetSize ? t('launch.targets.targetSize.hintNiche', { size: nicheTargetSize }) : t('launch.targets.targetSize.hint')}
          value={launch.targetSize !== undefined ? launch.targetSize : (nicheTargetSize ?? null)}
          onChange={(targetSize) => update({ targetSize })}
          min={1}
          max={100_000}
          integer
          invalidMessage={t('launch.targets.targetSize.invalid')}
        />
      </div>
      <fieldset className="panel">
        <legend>{t('launch.targets.bots')}</legend>
        <p className="hint">{t('launch.targets.bots.hint')}</p>
        {(['no', 'yes'] as const).map((answer) => (
          <label key={answer} className="inline-choice">
            <input
              type="radio"
              name="launch-bots"
              checked={launch.usesBots === (answer === 'yes')}
              onChange={() => update({ usesBots: answer === 'yes' })}
            />
            {t(`launch.targets.bots.${answer}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
