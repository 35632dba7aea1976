// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderMarkdownNodes } from './renderMarkdownNodes.ts';
import { domStructure } from './spec/domStructure.ts';
import { expectInert } from './spec/expectInert.ts';
import { xssPayloads } from './spec/xssPayloads.ts';

function render(markdown: string, streaming = false): HTMLElement {
  const container = document.createElement('div');
  container.append(...renderMarkdownNodes(markdown, { streaming }));
  return container;
}

describe('renderMarkdownNodes', () => {
  it('renders what models write: headings, emphasis, strikethrough, nested lists, rules, quotes, code', () => {
    const reply = render(
      [
        '## Opening hours',
        'We are **open** daily, ~~closed Mondays~~ and `late` on Fridays.',
        'Call ahead.',
        '',
        '1. Bring',
        '   - your ID',
        '     - and a pen',
        '2. Wait',
        '',
        '---',
        '',
        '> Great bakery',
        '',
        '```js',
        'const a = 1;',
        '```',
      ].join('\n'),
    );
    expect(domStructure(reply.childNodes)).toBe(
      '<h2>Opening hours</h2><p>We are <strong>open</strong> daily, <del>closed Mondays</del> and <code>late</code> on Fridays.<br>Call ahead.</p>' +
        '<ol><li>Bring<ul><li>your ID<ul><li>and a pen</li></ul></li></ul></li><li>Wait</li></ol><hr>' +
        '<blockquote><p>Great bakery</p></blockquote><pre><code class="language-js">const a = 1;\n</code></pre>',
    );
    expect(reply.querySelector('pre')?.tabIndex).toBe(0);
  });

  it('renders a table with alignment in a focusable box that scrolls sideways', () => {
    const reply = render('| Day | Hours | Price |\n| :-- | :-: | --: |\n| Mon | 9–18 | 5 € |\n');
    const box = reply.querySelector('.md-scroll') as HTMLElement;
    expect(box.tabIndex).toBe(0);
    expect(domStructure(reply.childNodes)).toBe(
      '<table><thead><tr><th align="left">Day</th><th align="center">Hours</th><th align="right">Price</th></tr></thead>' +
        '<tbody><tr><td align="left">Mon</td><td align="center">9–18</td><td align="right">5 €</td></tr></tbody></table>',
    );
    expect(reply.querySelector('[style]')).toBeNull();
  });

  it('shows task list boxes ticked or not, never clickable, named by their text', () => {
    const boxes = [...render('- [x] Book a table\n- [ ] Bring a cake\n').querySelectorAll('input')];
    expect(boxes.map((box) => [box.type, box.disabled, box.checked, box.getAttribute('aria-label')])).toEqual([
      ['checkbox', true, true, 'Book a table'],
      ['checkbox', true, false, 'Bring a cake'],
    ]);
  });

  it('links only to safe absolute addresses, in a new tab without an opener', () => {
    const reply = render(
      '[site](https://example.com/a) [bad](javascript:alert(1)) [rel](/admin) www.example.org <mailto:a@b.example> call [us](tel:+4930123)',
    );
    const links = [...reply.querySelectorAll('a')];
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['site', 'https://example.com/a'],
      ['www.example.org', 'http://www.example.org/'],
      ['mailto:a@b.example', 'mailto:a@b.example'],
      ['us', 'tel:+4930123'],
    ]);
    expect(links.every((link) => link.target === '_blank' && link.rel === 'noopener noreferrer')).toBe(true);
    expect(reply.textContent).toContain('bad rel');
  });

  it('never loads an image: its alt text links to the picture', () => {
    const reply = render('![logo](https://tracker.example/p.png) ![x](javascript:alert(1))');
    expect(reply.querySelector('img')).toBeNull();
    expect(domStructure(reply.childNodes)).toBe('<p><a href="https://tracker.example/p.png">logo</a> x</p>');
  });

  it('keeps raw HTML as text and underscores inside words alone', () => {
    const reply = render(
      '<img src=x onerror=alert(1)> <script>alert(1)</script> call window.__pwned and snake_case_name',
    );
    expect(reply.textContent).toBe(
      '<img src=x onerror=alert(1)> <script>alert(1)</script> call window.__pwned and snake_case_name',
    );
    expectInert(reply);
  });

  it('keeps new constructs inert: a javascript: link in a table cell, an event handler in a task item, raw HTML in nested quotes', () => {
    const reply = render(
      [
        '| Day | Link |',
        '| --- | --- |',
        '| Mon | [click](javascript:alert(document.cookie)) <a href="javascript:alert(1)">x</a> |',
        '',
        '- [ ] <b onclick="alert(1)">task</b> <img src=x onerror=alert(1)>',
        '- [x] [done](JaVaScRiPt:alert(1)) <svg onload=alert(1)>',
        '',
        '> > <iframe src="javascript:alert(1)"></iframe>',
        '> > > <div onmouseover="alert(1)">**quoted**</div>',
      ].join('\n'),
    );
    expectInert(reply);
    expect(reply.querySelectorAll('a')).toHaveLength(0);
    expect(reply.querySelector('td:last-child')?.textContent).toBe('click <a href="javascript:alert(1)">x</a>');
    expect(reply.querySelector('li')?.textContent).toBe(' <b onclick="alert(1)">task</b> <img src=x onerror=alert(1)>');
    expect(reply.querySelectorAll('blockquote blockquote blockquote strong')).toHaveLength(1);
    expect(reply.textContent).toContain('<iframe src="javascript:alert(1)"></iframe>');
  });

  it.each(xssPayloads)('renders XSS payload %# inert', (payload) => {
    for (const text of [
      payload,
      `| a |\n| - |\n| ${payload} |`,
      `- [ ] ${payload}`,
      `> > ${payload}`,
      `**${payload}**`,
    ]) {
      expectInert(render(text));
      expectInert(render(text, true));
    }
  });
});
