import { render } from 'solid-js/web';
import { Widget } from './components/Widget.tsx';
import { readScriptOptions } from './lib/readScriptOptions.ts';
import { widgetCss } from './styles.ts';

const HOST_TAG = 'frontdesk-widget';

function mount(options: NonNullable<ReturnType<typeof readScriptOptions>>) {
  if (document.querySelector(HOST_TAG)) return; // loaded twice: keep the first widget
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(widgetCss);
  shadow.adoptedStyleSheets = [sheet];
  document.body.append(host);
  render(() => <Widget botId={options.botId} origin={options.origin} host={host} />, shadow);
}

// `document.currentScript` is only set while this script first runs, so read it now and mount later if needed.
const options = readScriptOptions(document.currentScript as HTMLScriptElement | null);
if (!options) {
  console.warn('Frontdesk: add data-bot="<your bot id>" to the <script> tag that loads frontdesk.js.');
} else if (document.body) {
  mount(options);
} else {
  document.addEventListener('DOMContentLoaded', () => mount(options), { once: true });
}
