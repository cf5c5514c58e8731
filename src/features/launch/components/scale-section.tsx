import { CELL_SIZE, CELL_THRESHOLD, cellPlan } from '@/domain/cells';
import type { LaunchSection } from '@/domain/monetization';
import { useLocale, useT } from '@/i18n/i18n';
import { formatNumber } from '@/i18n/format';
import { NumberField } from '@/components/ui/number-field';

interface ScaleProps {
  launch: LaunchSection;
  update: (patch: Partial<LaunchSection>) => void;
  targetSize: number | null;
}

export function ScaleSection({ launch, update, targetSize }: ScaleProps) {
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const plan = targetSize ? cellPlan(targetSize, launch.cellSize ?? CELL_SIZE.max) : null;
  return (
    <section aria-labelledby="launch-scale" className="launch-section">
      <h2 id="launch-scale">{t('launch.scale.title')}</h2>
      <p>{t('launch.scale.intro', { threshold: n(CELL_THRESHOLD) })}</p>
      <div className="panel">
        {!plan ? (
          <p className="muted">{t('launch.scale.noTarget')}</p>
        ) : !plan.split ? (
          <p>{t('launch.scale.oneGroup', { size: n(plan.targetSize), threshold: n(CELL_THRESHOLD) })}</p>
        ) : (
          <>
            <p className="scale-plan">
              {t('launch.scale.cells', { size: n(plan.targetSize), groups: plan.groups, groupSize: n(plan.groupSize) })}
            </p>
            <ul>
              <li>{t('launch.scale.leaders', { leaders: plan.leaders })}</li>
              <li>{t('launch.scale.vip', { vip: plan.vipCore })}</li>
              <li>{t('launch.scale.codes')}</li>
            </ul>
            <NumberField
              label={t('launch.scale.cellSize')}
              hint={t('launch.scale.cellSize.hint', { min: CELL_SIZE.min, max: CELL_SIZE.max })}
              value={launch.cellSize ?? null}
              onChange={(cellSize) => update({ cellSize })}
              min={CELL_SIZE.min}
              max={CELL_SIZE.max}
              integer
              invalidMessage={t('launch.scale.cellSize.invalid', { min: CELL_SIZE.min, max: CELL_SIZE.max })}
            />
          </>
        )}
        <p className="hint how">{t('launch.scale.how')}</p>
        <p className="hint author-figure">{t('launch.scale.author')}</p>
      </div>
    </section>
  );
}
