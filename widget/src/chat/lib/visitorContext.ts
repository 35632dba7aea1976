import type { VisitorContext } from '@frontdesk/contract';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const notOneLine = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
const cap = (text: string, max: number) => text.slice(0, max);
const pageOf = (href: string, keepQuery: boolean) => {
  const url = new URL(href);
  url.hash = '';
  if (!keepQuery) url.search = '';
  return cap(url.href, 500);
};

/**
 * Read once, when this code loads while the chat signs in: a page's first `Intl.DateTimeFormat` loads the time
 * zone data, which took 30–40 ms that a visitor's first question waited for before its call went out.
 */
const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Where the visitor is, sent with each message (the server keeps it whole with the first and the page with later
 * ones): the page without its query string unless the site opts in, the referrer the same way, the title, the
 * browser's language and time zone. Nothing with `data-context="off"`. Shaped to pass the contract's checks.
 */
export function visitorContext(mode: 'off' | 'page' | 'full'): VisitorContext | undefined {
  if (mode === 'off' || !/^https?:/.test(location.protocol)) return undefined;
  const keepQuery = mode === 'full';
  const language = navigator.language;
  return {
    pageUrl: pageOf(location.href, keepQuery),
    referrer: /^https?:/.test(document.referrer) ? pageOf(document.referrer, keepQuery) : '',
    title: cap(document.title.replace(notOneLine, ' ').trim(), 200),
    ...(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/.test(language) ? { language } : {}),
    ...(timezone && /^[A-Za-z0-9_+/-]{1,64}$/.test(timezone) ? { timezone } : {}),
  };
}
