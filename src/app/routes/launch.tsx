import { StepPlaceholder } from './step-placeholder';

export default StepPlaceholder;
