import { describe, expect, it } from 'vitest';
import { parseInline } from './parseInline.ts';
import { parseMarkdown } from './parseMarkdown.ts';

describe('parseMarkdown', () => {
  it('reads a tight list of tasks nested in an ordered list', () => {
    expect(parseMarkdown('3. Plan\n   - [x] call\n   - [ ] write')).toEqual([
      {
        type: 'list',
        ordered: true,
        start: 3,
        tight: true,
        items: [
          {
            checked: null,
            children: [
              { type: 'paragraph', children: [{ type: 'text', text: 'Plan' }] },
              {
                type: 'list',
                ordered: false,
                start: 1,
                tight: true,
                items: [
                  { checked: true, children: [{ type: 'paragraph', children: [{ type: 'text', text: 'call' }] }] },
                  { checked: false, children: [{ type: 'paragraph', children: [{ type: 'text', text: 'write' }] }] },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it('reads a table with its alignment and fills short rows', () => {
    expect(parseMarkdown('a | b\n:-: | --:\n1')).toEqual([
      {
        type: 'table',
        align: ['center', 'right'],
        head: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]],
        rows: [[[{ type: 'text', text: '1' }], []]],
      },
    ]);
  });

  it('leaves underscores inside words and code contents alone', () => {
    expect(parseInline('call window.__pwned and snake_case_name')).toEqual([
      { type: 'text', text: 'call window.__pwned and snake_case_name' },
    ]);
    expect(parseInline('**bold** and *it* and `a*b*c`')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'a*b*c' },
    ]);
  });

  it('makes bare URLs links without the punctuation that ends a sentence', () => {
    expect(parseInline('see https://example.com/p.')).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'link', href: 'https://example.com/p', children: [{ type: 'text', text: 'https://example.com/p' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('nests quotes and lists 32 deep at most, so no reply can exhaust the stack', () => {
    let blocks = parseMarkdown(`${'>'.repeat(5000)} deep`);
    let levels = 0;
    while (blocks[0]?.type === 'quote') {
      blocks = blocks[0].children;
      levels++;
    }
    expect(levels).toBe(32);
    expect(blocks[0]).toMatchObject({ type: 'paragraph' });
    const list = Array.from({ length: 200 }, (_, index) => `${'  '.repeat(index)}- item`).join('\n');
    expect(() => parseMarkdown(list)).not.toThrow();
  });
});
