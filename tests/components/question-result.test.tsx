import { render } from '@testing-library/react';
import { lazy } from 'react';
import { describe, expect, it } from 'vitest';
import { axisLabel, chartHeight } from '@/features/survey-results/components/chart-size';
import { QuestionResultView } from '@/features/survey-results/components/question-result';
import type { QuestionResult } from '@/features/survey-results/api/get-survey-results';

// A chart library that has not arrived yet.
const NeverLoaded = lazy(() => new Promise<never>(() => undefined));

const question = {
  id: 'q1',
  position: 1,
  kind: 'single_choice',
  prompt: 'Where did you look for help?',
  answered: 3,
  seen: 3,
  options: [
    { key: 'a', label: 'In an online group (Discord, Telegram, WhatsApp…)', count: 2 },
    { key: 'b', label: 'Nowhere', count: 1 },
  ],
} as unknown as QuestionResult;

describe('a question’s results while the chart loads', () => {
  it('keeps the chart’s place, at its size, and the table is there at once', () => {
    const { container, getByRole } = render(<QuestionResultView question={question} total={3} Chart={NeverLoaded} />);
    const placeholder = container.querySelector<HTMLElement>('.chart-placeholder');
    expect(placeholder).not.toBeNull();
    expect(placeholder!.style.height).toBe(`${chartHeight(2, 'vertical')}px`);
    expect(placeholder).toHaveAttribute('aria-hidden', 'true');
    expect(getByRole('table')).toBeInTheDocument();
  });
});

describe('a long answer on the chart’s axis', () => {
  it('is cut with an ellipsis so that labels never run into each other; short ones stay whole', () => {
    expect(axisLabel('Nowhere')).toBe('Nowhere');
    const cut = axisLabel('In an online group (Discord, Telegram, WhatsApp…)');
    expect([...cut].length).toBeLessThanOrEqual(24);
    expect(cut.endsWith('…')).toBe(true);
    expect(axisLabel('🙂'.repeat(30))).toBe(`${'🙂'.repeat(23)}…`);
  });
});
