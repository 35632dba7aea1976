import { describe, expect, it } from 'vitest';
import { renderMarkdownText } from './renderMarkdownText.ts';

describe('renderMarkdownText', () => {
  it('reads as plain text: no markup characters, bullets, numbers, quotes and links with their address', () => {
    expect(
      renderMarkdownText(
        '## Hours\n\n**Open** ~~daily~~, see [our site](https://example.com) or https://example.org.\n\n1. Bring\n   - your ID\n2. Wait\n\n- [x] booked\n\n> Great\n> bakery\n\n```\ncode *here*\n```',
      ),
    ).toBe(
      [
        'Hours',
        'Open daily, see our site (https://example.com/) or https://example.org.',
        '1. Bring\n   - your ID\n2. Wait',
        '- [x] booked',
        '> Great\n> bakery',
        'code *here*',
      ].join('\n\n'),
    );
  });

  it('lays a table out in aligned columns', () => {
    expect(renderMarkdownText('| Day | Hours |\n| --- | --- |\n| Mon–Fri | 9–18 |\n| Sat | **10–14** |')).toBe(
      'Day     | Hours\n--------|------\nMon–Fri | 9–18\nSat     | 10–14',
    );
  });

  it('shows an image as its alt text and address, never as markup', () => {
    expect(renderMarkdownText('![logo](https://example.com/l.png) <b>x</b>')).toBe(
      'logo (https://example.com/l.png) <b>x</b>',
    );
  });
});
