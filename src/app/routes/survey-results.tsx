import { ResultsPage } from '@/features/survey-results/components/results-page';

export default ResultsPage;
