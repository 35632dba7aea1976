import { render } from 'solid-js/web';
import { App } from './App.tsx';
import './styles/console.css';

const root = document.getElementById('app');
if (root) render(() => <App />, root);
