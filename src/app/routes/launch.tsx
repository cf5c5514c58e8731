import { LaunchStep } from '@/features/launch/components/launch-step';

export default LaunchStep;
