import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartLine {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
}

export interface ChartGuide {
  y: number;
  label: string;
  color: string;
  /** Where the label sits: above the line on the left (default) or on the right. */
  side?: 'left' | 'right';
}

export interface LineChartViewProps {
  data: Record<string, string | number | null>[];
  xKey: string;
  lines: ChartLine[];
  guides?: ChartGuide[];
  yMax?: number;
  formatY: (value: number) => string;
}

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Lines over the weeks, with guides. Hidden from assistive technologies: the table beside it says the same. */
export default function LineChartView({ data, xKey, lines, guides = [], yMax, formatY }: LineChartViewProps) {
  const animate = !reducedMotion();
  return (
    <div className="chart" aria-hidden="true" style={{ height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        {/* No keyboard layer: the chart is hidden from assistive technologies, its table is not. */}
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} />
          <YAxis domain={[0, yMax ?? 'auto']} tickFormatter={formatY} width={56} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatY(value) : String(value))} />
          <Legend />
          {guides.map((guide) => (
            <ReferenceLine
              key={guide.label}
              y={guide.y}
              stroke={guide.color}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{ value: guide.label, position: guide.side === 'right' ? 'insideTopRight' : 'insideTopLeft', fill: guide.color, fontSize: 12 }}
            />
          ))}
          {lines.map((line) => (
            <Line
              key={line.key}
              type="linear"
              dataKey={line.key}
              name={line.name}
              stroke={line.color}
              strokeWidth={2}
              strokeDasharray={line.dashed ? '4 3' : undefined}
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={animate}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
