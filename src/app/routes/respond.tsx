import { RespondRoute } from '@/features/survey-respond/components/respond-route';

export default RespondRoute;
