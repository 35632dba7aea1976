// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderMarkdownNodes } from '../renderMarkdownNodes.ts';
import { domStructure, expectedNodes } from './domStructure.ts';
import { gfmExamples } from './gfmExamples.ts';
import { groupBy } from './groupBy.ts';

/** The GFM spec's extension examples (tables, task lists, strikethrough, autolinks) compared by structure. */
for (const [section, examples] of groupBy(gfmExamples, (example) => example.section)) {
  describe(`GFM ${section}`, () => {
    for (const example of examples) {
      it(`example ${example.number}`, () => {
        const ours = renderMarkdownNodes(example.markdown, { softBreaks: 'newline' });
        expect(domStructure(ours)).toBe(domStructure(expectedNodes(example.html)));
      });
    }
  });
}
