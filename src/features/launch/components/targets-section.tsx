import type { LaunchSection } from '@/domain/monetization';
import { useT } from '@/i18n/i18n';
import { NumberField } from '@/components/ui/number-field';

interface TargetsProps {
  launch: LaunchSection;
  update: (patch: Partial<LaunchSection>) => void;
  /** The niche step's target size, used until the launch plan sets its own. */
  nicheTargetSize: number | null | undefined;
}

/** The creator's own limits and targets: what the alerts and the scaling plan measure against. */
export function TargetsSection({ launch, update, nicheTargetSize }: TargetsProps) {
  const t = useT();
  return (
    <section aria-labelledby="launch-targets" className="launch-section">
      <h2 id="launch-targets">{t('launch.targets.title')}</h2>
      <p>{t('launch.targets.intro')}</p>
      <div className="panel targets-grid">
        <NumberField
            integer={false}
          label={t('launch.targets.hoursBudget')}
          hint={t('launch.targets.hoursBudget.hint')}
          value={launch.hoursBudget}
          onChange={(hoursBudget) => update({ hoursBudget })}
          min={0}
          max={80}
          step={0.5}
          invalidMessage={t('launch.targets.hoursBudget.invalid')}
        />
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
