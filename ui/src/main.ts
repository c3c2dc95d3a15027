import { mount } from 'svelte';
import './app.css';
import './styles/sheet-form.css';
import './styles/screen.css';
import './styles/dialog-form.css';
import './styles/question-dialog.css';
import './styles/cycle-view.css';
import './styles/plan-view.css';
import './styles/tab-bar.css';
import './styles/tab-view.css';
import './styles/europe-map.css';
import './styles/settings-panel.css';
import './styles/rule-tables.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('The #app element is missing from index.html.');

mount(App, { target });
