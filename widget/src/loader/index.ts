import type { FrontdeskApi } from '../shared/widgetEvents.ts';
import { readScriptOptions } from './readScriptOptions.ts';
import { startWidget } from './startWidget.ts';

declare global {
  interface Window {
    Frontdesk?: FrontdeskApi;
  }
}

// Loaded twice (a tag repeated, or a single-page app inserting it again): the first widget stays the only one.
if (!window.Frontdesk) {
  // `document.currentScript` is set only while a classic script first runs; a module or injected copy finds its tag.
  const script = (document.currentScript ??
    document.querySelector('script[data-bot][src*="frontdesk"]')) as HTMLScriptElement | null;
  const options = readScriptOptions(script);
  if (options) window.Frontdesk = startWidget(options);
  else console.warn('Frontdesk: add data-bot="<your bot id>" to the <script> tag that loads frontdesk.js.');
}
