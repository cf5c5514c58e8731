import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisLabel, chartHeight, type ChartLayout } from './chart-size';

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** A category on the axis: cut to fit, the whole label on hover. */
function CategoryTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: unknown } }) {
  const label = String(payload?.value ?? '');
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fill="currentColor" fontSize={12}>
      <title>{label}</title>
      {axisLabel(label)}
    </text>
  );
}

/** A bar chart of labelled counts. Hidden from assistive technologies: the table beside it says the same. */
export default function BarChartView({ data, layout = 'horizontal' }: { data: { label: string; count: number }[]; layout?: ChartLayout }) {
  const vertical = layout === 'vertical';
  return (
    <div className="chart" aria-hidden="true" style={{ height: chartHeight(data.length, layout) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={vertical ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          {vertical ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={160} interval={0} tick={<CategoryTick />} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} />
            </>
          )}
          <Tooltip />
          <Bar dataKey="count" fill="#2f5d50" isAnimationActive={!reducedMotion()} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
