import { compile } from 'html-to-text';

/**
 * Readable text of an HTML page, with its headings as Markdown headings (so passages split at them), without
 * navigation, scripts, styles, forms or images, links as their words only. `html-to-text` parses HTML as browsers
 * do (htmlparser2), so broken markup still reads.
 */
const toText = compile({
  wordwrap: false,
  baseElements: { selectors: ['main', 'article', 'body'], returnDomByDefault: true },
  selectors: [
    ...[1, 2, 3, 4, 5, 6].map((level) => ({
      selector: `h${level}`,
      format: 'markdownHeading',
      options: { level },
    })),
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'nav', format: 'skip' },
    { selector: 'header', format: 'skip' },
    { selector: 'footer', format: 'skip' },
    { selector: 'form', format: 'skip' },
    { selector: 'button', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'svg', format: 'skip' },
    { selector: 'table', format: 'dataTable' },
  ],
  formatters: {
    markdownHeading: (element, walk, builder, options) => {
      builder.openBlock({ leadingLineBreaks: 2 });
      builder.addInline(`${'#'.repeat(Number(options.level ?? 1))} `);
      walk(element.children, builder);
      builder.closeBlock({ trailingLineBreaks: 1 });
    },
  },
});

export interface ReadPage {
  title: string;
  text: string;
  /** Absolute http(s) links of the page, without fragments, for a crawl of the same site. */
  links: string[];
}

export function readPage(html: string, pageUrl: string): ReadPage {
  const title = decodeEntities(html.match(/<title[^>]*>([\s\S]*?)<\/title>/i)?.[1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const text = toText(html)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const links = new Set<string>();
  for (const match of html.matchAll(/<a\s[^>]*href\s*=\s*["']([^"'#]+)/gi)) {
    try {
      const link = new URL(decodeEntities(match[1] as string), pageUrl);
      link.hash = '';
      if (link.protocol === 'https:' || link.protocol === 'http:') links.add(link.href);
    } catch {
      // Not a URL: nothing to follow.
    }
  }
  return { title: title || new URL(pageUrl).pathname, text, links: [...links] };
}

/** Page URLs a sitemap lists (`<loc>`; a sitemap index's child sitemaps are not followed). */
export function sitemapUrls(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((match) => decodeEntities(match[1] as string));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
