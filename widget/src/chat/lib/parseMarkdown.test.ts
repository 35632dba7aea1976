import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './parseMarkdown.ts';

describe('parseMarkdown', () => {
  it('reads paragraphs, line breaks, headings, lists, quotes and code', () => {
    const blocks = parseMarkdown(
      '# Hours\nMon–Fri\nSat\n\n- one\n- **two**\n\n3. c\n4. d\n\n> said\n\n```\n<b>x</b>\n```',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'code']);
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'Mon–Fri' }, { type: 'break' }, { type: 'text', text: 'Sat' }],
    });
    expect(blocks[2]).toMatchObject({ ordered: false, items: [[{ text: 'one' }], [{ type: 'strong' }]] });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 3 });
    expect(blocks[5]).toEqual({ type: 'code', text: '<b>x</b>' });
  });

  it('keeps raw HTML as text', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script>')).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: '<img src=x onerror=alert(1)> <script>alert(1)</script>' }],
      },
    ]);
  });

  it('makes links only of safe absolute URLs', () => {
    expect(parseInline('[site](https://example.com/a)')).toEqual([
      { type: 'link', href: 'https://example.com/a', children: [{ type: 'text', text: 'site' }] },
    ]);
    expect(parseInline('[click](javascript:alert(1))')).toEqual([
      { type: 'text', text: 'click' },
      { type: 'text', text: ')' },
    ]);
    expect(parseInline('[x](data:text/html,hi)')).toEqual([{ type: 'text', text: 'x' }]);
    expect(parseInline('see https://example.com/p.')).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'link', href: 'https://example.com/p', children: [{ type: 'text', text: 'https://example.com/p' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('never loads images: an image becomes a link with its alt text', () => {
    expect(parseInline('![logo](https://tracker.example/p.png)')).toEqual([
      { type: 'link', href: 'https://tracker.example/p.png', children: [{ type: 'text', text: 'logo' }] },
    ]);
  });

  it('leaves underscores inside words alone', () => {
    expect(parseInline('call window.__pwned and snake_case_name')).toEqual([
      { type: 'text', text: 'call window.__pwned and snake_case_name' },
    ]);
    expect(parseInline('__bold__ _it_')).toMatchObject([{ type: 'strong' }, { type: 'text' }, { type: 'em' }]);
  });

  it('reads emphasis and inline code without touching code contents', () => {
    expect(parseInline('**bold** and *it* and `a*b*c`')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'a*b*c' },
    ]);
  });
});

describe('safeHref', () => {
  it('allows web, mail and phone links only', () => {
    expect(safeHref('https://a.example')).toBe('https://a.example/');
    expect(safeHref('mailto:x@example.com')).toBe('mailto:x@example.com');
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
  });
});
