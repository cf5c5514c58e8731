import { SurveyStep } from '@/features/survey-builder/components/survey-step';

export default SurveyStep;
