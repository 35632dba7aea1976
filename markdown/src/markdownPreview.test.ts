import { describe, expect, it } from 'vitest';
import { markdownPreview } from './markdownPreview.ts';

describe('markdownPreview', () => {
  it('is one line of plain text without markup or addresses', () => {
    expect(markdownPreview('**Offline demo model.**\n\n- see [our site](https://example.com)\n- `code`')).toBe(
      'Offline demo model. see our site code',
    );
    expect(markdownPreview('| Day | Hours |\n| --- | --- |\n| Mon | 9–18 |')).toBe('Day, Hours; Mon, 9–18');
  });

  it('is cut at a word with an ellipsis', () => {
    const preview = markdownPreview('word '.repeat(60), 40);
    expect(preview).toBe(`${'word '.repeat(7).trim()}…`);
    expect(preview.length).toBeLessThanOrEqual(40);
  });
});
