import { describe, expect, it } from 'vitest';
import { readPage, sitemapUrls } from './readPage.ts';

describe('readPage', () => {
  const html = `<!doctype html><html><head><title>Prices &amp; fees</title><style>p{}</style>
    <script>alert(1)</script></head><body><nav><a href="/">Home</a></nav>
    <main><h1>Prices</h1><p>A <b>cleaning</b> costs 80 EUR.</p><h2>Whitening</h2><p>250 EUR.</p>
    <a href="/parking#map">Parking</a> <a href="https://other.example/x">Other</a> <a href="mailto:a@b.c">Mail</a>
    <img src="x.png" alt="tooth"></main><footer>© Demo</footer></body></html>`;

  it('keeps the readable text with headings as Markdown, without scripts, styles or navigation', () => {
    const page = readPage(html, 'https://dental.example/prices');
    expect(page.title).toBe('Prices & fees');
    expect(page.text).toBe('# Prices\n\nA cleaning costs 80 EUR.\n\n## Whitening\n\n250 EUR.\n\nParking Other Mail');
  });

  it('lists absolute web links without fragments', () => {
    expect(readPage(html, 'https://dental.example/prices').links).toEqual([
      'https://dental.example/',
      'https://dental.example/parking',
      'https://other.example/x',
    ]);
  });

  it('reads the page URLs of a sitemap', () => {
    const xml =
      '<urlset><url><loc>https://a.example/</loc></url><url><loc> https://a.example/b?x=1&amp;y=2 </loc></url></urlset>';
    expect(sitemapUrls(xml)).toEqual(['https://a.example/', 'https://a.example/b?x=1&y=2']);
  });
});
