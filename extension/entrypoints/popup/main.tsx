// Popup entry: recent mentions with triage.
import { render } from 'preact';
import { PopupApp } from './popup-app.tsx';
import { createPopupModel } from './popup-model.ts';
import '../../ui/vigia.css';
import './style.css';

const root = document.getElementById('app');
if (root) {
  const model = createPopupModel();
  render(<PopupApp model={model} />, root);
  addEventListener('pagehide', () => model.dispose());
}
