import { RespondPage } from '@/features/survey-respond/components/respond-page';

export default RespondPage;
