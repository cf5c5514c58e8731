import { RitualsStep } from '@/features/rituals/components/rituals-step';

export default RitualsStep;
