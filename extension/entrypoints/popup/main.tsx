// Popup entry: the triage inbox, compact (a link opens the full page).
import { mountInbox } from '../../features/inbox/mount-inbox.tsx';
import '../../ui/vigia.css';
import '../../features/inbox/inbox.css';
import '../../features/team/team.css';
import './style.css';

const root = document.getElementById('app');
if (root) mountInbox(root, true);
