// Full-page inbox entry (unlisted page): every filter, bulk actions, keyboard triage, the customer's journey.
import { mountInbox } from '../../features/inbox/mount-inbox.tsx';
import '../../ui/vigia.css';
import '../../features/inbox/inbox.css';
import '../../features/team/team.css';
import './style.css';

const root = document.getElementById('app');
if (root) mountInbox(root, false);
