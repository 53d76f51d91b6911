// Side panel entry (a sidebar in Firefox): the ZMOT dashboard.
import { render } from 'preact';
import { createDashboardModel } from '../../features/dashboard/dashboard-model.ts';
import { DashboardView } from '../../features/dashboard/dashboard-view.tsx';
import '../../ui/vigia.css';
import '../../features/dashboard/dashboard.css';

const root = document.getElementById('app');
if (root) {
  const model = createDashboardModel();
  render(<DashboardView model={model} />, root);
  addEventListener('pagehide', () => model.dispose());
}
