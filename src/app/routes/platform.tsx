import { PlatformStep } from '@/features/platform/components/platform-step';

export default PlatformStep;
