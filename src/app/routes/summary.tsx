import { SummaryStep } from '@/features/plan-summary/components/summary-step';

export default SummaryStep;
