import { CoachHome } from '@/features/coach/components/coach-home';

export default CoachHome;
