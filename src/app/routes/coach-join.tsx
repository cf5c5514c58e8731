import { CoachJoin } from '@/features/coach/components/coach-join';

export default CoachJoin;
