// Options page entry: render the settings form.
import { render } from 'preact';
import { OptionsApp } from './options-app.tsx';
import { createOptionsModel } from './options-model.ts';
import '../../ui/vigia.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp model={createOptionsModel()} />, root);
