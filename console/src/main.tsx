import { render } from 'solid-js/web';
import { App } from './App.tsx';
import { consoleLocale } from './i18n/strings.ts';
import './styles/console.css';

document.documentElement.lang = consoleLocale;
const root = document.getElementById('app');
if (root) render(() => <App />, root);
