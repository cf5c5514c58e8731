import { BuilderPage } from '@/features/survey-builder/components/builder-page';

export default BuilderPage;
