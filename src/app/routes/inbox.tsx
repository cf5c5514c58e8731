import { InboxPage } from '@/features/inbox/components/inbox-page';

export default InboxPage;
