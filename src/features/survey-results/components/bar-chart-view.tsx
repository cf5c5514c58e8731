import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** A bar chart of labelled counts. Hidden from assistive technologies: the table beside it says the same. */
export default function BarChartView({ data, layout = 'horizontal' }: { data: { label: string; count: number }[]; layout?: 'horizontal' | 'vertical' }) {
  const vertical = layout === 'vertical';
  const height = vertical ? Math.max(120, data.length * 36 + 40) : 220;
  return (
    <div className="chart" aria-hidden="true" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={vertical ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          {vertical ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={160} />
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
