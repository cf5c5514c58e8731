import { START_SIZE } from '@/domain/community-size';
import { useT } from '@/i18n/i18n';
import { useCommunitySizes } from '../hooks/use-community-sizes';
import { NumberField } from '@/components/ui/number-field';

/** The article: start with 20 to 50 people. The figure is the niche step's first cohort. */
export function StartSize() {
  const t = useT();
  const [{ startSize }, update] = useCommunitySizes();
  const advice =
    startSize == null
      ? ''
      : startSize > START_SIZE.max
        ? t('platform.start.tooBig', { count: startSize })
        : startSize < START_SIZE.min
          ? t('platform.start.tooSmall', { count: startSize })
          : t('platform.start.ok');
  const outside = startSize != null && (startSize > START_SIZE.max || startSize < START_SIZE.min);
  return (
    <fieldset className="start-size">
      <legend>{t('platform.start.title')}</legend>
      <NumberField
        integer
        label={t('platform.start.label')}
        hint={t('platform.start.hint')}
        invalidMessage={t('platform.q.sizeInvalid')}
        value={startSize ?? null}
        min={1}
        max={100_000}
        onChange={(value) => update({ startSize: value })}
      />
      <p className={outside ? 'start-advice start-advice-warn' : 'start-advice'} role="status">
        {advice}
      </p>
    </fieldset>
  );
}
