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
import { currentLocale, startLanguage } from './lib/shared/i18n';
import { windowLanguage } from './lib/ipc/commands';
import { askInfoEarly, startMark } from './lib/shared/startTrace';

startMark('script'); // words: not shown
// Before anything is drawn: the fonts a Linux desktop is written in (see app.css).
if (navigator.userAgent.includes('Linux')) document.documentElement.classList.add('linux'); // words: not shown
askInfoEarly();

const target = document.getElementById('app');
if (!target) throw new Error('The #app element is missing from index.html.'); // words: not shown

// The words are loaded before any screen's module is, so that every text, those its modules
// make once included, is in the person's language.
void startLanguage()
  .then(() => {
    startMark('words'); // words: not shown
    // The menu, the native dialogs and the webview's own fields (the order of a date's day
    // and month) speak the window's language too.
    windowLanguage(currentLocale()).catch(() => {});
    return import('./App.svelte');
  })
  .then(({ default: App }) => {
    startMark('code'); // words: not shown
    mount(App, { target });
  });
