import { MAX_CRAWL_BYTES, MAX_PAGE_BYTES } from '@frontdesk/contract';
import { runningInEmulator } from '../config.ts';
import type { PageText } from '../domain/knowledge/passagesOfSource.ts';
import { readPage, sitemapUrls } from '../domain/knowledge/readPage.ts';
import { fetchPublic } from '../lib/outbound/fetchPublic.ts';
import { OutboundError } from '../lib/outbound/OutboundError.ts';
import { KnowledgeFailure } from './KnowledgeFailure.ts';

const PAGE_TIMEOUT_MS = 15_000;

interface Fetched {
  page: PageText & { links: string[] };
  bytes: number;
}

/**
 * The pages of a web source: the page itself, then with `crawl` the pages of the same site (same origin as the
 * page after its redirects) that its sitemap or its links name, up to `maxPages` pages and MAX_CRAWL_BYTES. The
 * first page failing fails the source with its typed error; a later page that fails is skipped.
 */
export async function readWebSource(content: {
  url: string;
  crawl: 'none' | 'sitemap' | 'links';
  maxPages: number;
}): Promise<PageText[]> {
  const first = await fetchPage(content.url);
  const origin = new URL(first.page.url).origin;
  const pages = [first.page];
  let bytes = first.bytes;
  const seen = new Set([first.page.url, content.url]);
  const queue: string[] = [];
  const enqueue = (urls: string[]) => {
    for (const url of urls) {
      if (new URL(url).origin === origin && !seen.has(url)) {
        seen.add(url);
        queue.push(url);
      }
    }
  };
  if (content.crawl === 'links') enqueue(first.page.links);
  if (content.crawl === 'sitemap') {
    const sitemap = await fetchText(new URL('/sitemap.xml', origin).href).catch(() => '');
    enqueue(sitemapUrls(sitemap).filter(isWebUrl));
  }
  while (queue.length > 0 && pages.length < content.maxPages && bytes < MAX_CRAWL_BYTES) {
    const next = await fetchPage(queue.shift() as string).catch(() => null);
    if (!next) continue;
    bytes += next.bytes;
    pages.push(next.page);
    if (content.crawl === 'links') enqueue(next.page.links);
  }
  return pages.map(({ url, title, text }) => ({ url, title, text }));
}

async function fetchPage(url: string): Promise<Fetched> {
  const response = await guarded(url);
  const type = String(response.headers['content-type'] ?? '').toLowerCase();
  const body = response.body;
  const finalUrl = response.url.href;
  if (response.status >= 400) {
    throw new KnowledgeFailure('http_error', `The site answered with HTTP status ${response.status}.`, finalUrl);
  }
  const html = /text\/html|application\/xhtml\+xml/.test(type);
  const plain = /text\/plain|text\/markdown/.test(type);
  if ((!html && !plain) || body.includes(0)) {
    throw new KnowledgeFailure(
      'unsupported_content',
      `The address serves ${type.split(';')[0] || 'an unknown type'}, not a web page or text.`,
      finalUrl,
    );
  }
  const text = body.toString('utf8');
  const page = html
    ? readPage(text, finalUrl)
    : { title: new URL(finalUrl).pathname, text: text.trim(), links: [] as string[] };
  return { page: { url: finalUrl, ...page }, bytes: body.length };
}

async function fetchText(url: string): Promise<string> {
  const response = await guarded(url);
  return response.status < 400 ? response.body.toString('utf8') : '';
}

async function guarded(url: string) {
  try {
    return await fetchPublic(url, {
      allowLoopback: runningInEmulator,
      timeoutMs: PAGE_TIMEOUT_MS,
      maxBytes: MAX_PAGE_BYTES,
      maxRedirects: 5,
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    if (error instanceof OutboundError) throw new KnowledgeFailure(error.code, error.message, error.url);
    throw error;
  }
}

function isWebUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}
