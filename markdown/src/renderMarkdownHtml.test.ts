import { describe, expect, it } from 'vitest';
import { renderMarkdownHtml } from './renderMarkdownHtml.ts';
import { xssPayloads } from './spec/xssPayloads.ts';

describe('renderMarkdownHtml', () => {
  it('renders the constructs as plain HTML a mail client shows', () => {
    expect(
      renderMarkdownHtml(
        '## Hours\n\n**Open** ~~daily~~, see [site](https://example.com).\nCall us.\n\n- [x] done\n- [ ] open\n\n> quoted\n\n---\n\n```\na < b\n```',
      ),
    ).toBe(
      [
        '<h2>Hours</h2>',
        '<p><strong>Open</strong> <del>daily</del>, see <a href="https://example.com/">site</a>.<br>Call us.</p>',
        '<ul>\n<li>☑ done</li>\n<li>☐ open</li>\n</ul>',
        '<blockquote>\n<p>quoted</p>\n</blockquote>',
        '<hr>',
        '<pre><code>a &lt; b\n</code></pre>',
      ].join('\n'),
    );
  });

  it('renders tables with alignment attributes, since mail clients drop most CSS', () => {
    expect(renderMarkdownHtml('| Day | Price |\n| --- | ---: |\n| Mon | 5 € |')).toBe(
      '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse"><thead><tr><th>Day</th><th align="right">Price</th></tr></thead>' +
        '<tbody><tr><td>Mon</td><td align="right">5 €</td></tr></tbody></table>',
    );
  });

  it('escapes every piece of text and attribute, and links only to safe addresses', () => {
    expect(
      renderMarkdownHtml('<b>"x" & \'y\'</b> [a](javascript:alert(1)) ![i](https://example.com/i.png?a="b")'),
    ).toBe(
      '<p>&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt; a <a href="https://example.com/i.png?a=%22b%22">i</a></p>',
    );
  });

  it.each(xssPayloads)('keeps XSS payload %# out of the markup', (payload) => {
    const html = renderMarkdownHtml(`${payload}\n\n| a |\n| - |\n| ${payload} |\n\n- [ ] ${payload}\n\n> > ${payload}`);
    // Text is escaped, so every `<` left in the HTML opens one of our own tags with our own attributes.
    for (const [, tag, attributes] of html.matchAll(/<\/?([a-z0-9]*)([^>]*)>/g)) {
      expect(ownTags).toContain(tag);
      for (const [, name, value] of (attributes as string).matchAll(/\s([a-z-]+)="([^"]*)"/g)) {
        expect(Object.keys(ownAttributes)).toContain(name);
        expect(value).toMatch(ownAttributes[name as string] as RegExp);
      }
      expect((attributes as string).replace(/\s([a-z-]+)="([^"]*)"/g, '').trim()).toBe('');
    }
  });
});

const ownTags = 'p a strong em del code pre br hr ul ol li blockquote table thead tbody tr th td'.split(' ');
const ownAttributes: Record<string, RegExp> = {
  href: /^(https?:|mailto:|tel:)/,
  start: /^\d+$/,
  align: /^(left|center|right)$/,
  border: /^1$/,
  cellpadding: /^6$/,
  cellspacing: /^0$/,
  style: /^border-collapse:collapse$/,
};
