import { NicheStep } from '@/features/niche/components/niche-step';

export default NicheStep;
