// Shared by the chart (loaded later, with the chart library) and its placeholder (shown meanwhile),
// so the page does not jump when the chart arrives.

export type ChartLayout = 'horizontal' | 'vertical';

/** A chart's height in pixels: a row per bar when the bars lie down, else a fixed height. */
export function chartHeight(bars: number, layout: ChartLayout = 'horizontal'): number {
  return layout === 'vertical' ? Math.max(120, bars * 36 + 40) : 220;
}

/** The widest label the category axis draws in full (its width is 160 px); the table beside has them all. */
export const AXIS_LABEL_MAX = 24;

/** A label as the axis draws it: cut with an ellipsis past AXIS_LABEL_MAX characters, never overlapping the next. */
export function axisLabel(label: string): string {
  const chars = [...label.trim()];
  return chars.length > AXIS_LABEL_MAX ? `${chars.slice(0, AXIS_LABEL_MAX - 1).join('').trimEnd()}…` : chars.join('');
}
