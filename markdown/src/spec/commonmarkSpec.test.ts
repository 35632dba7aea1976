// @vitest-environment happy-dom
import { tests } from 'commonmark-spec';
import { describe, expect, it } from 'vitest';
import { renderMarkdownNodes } from '../renderMarkdownNodes.ts';
import { domStructure, expectedNodes } from './domStructure.ts';
import { expectInert } from './expectInert.ts';
import { groupBy } from './groupBy.ts';
import { knownDifferences } from './knownDifferences.ts';

/**
 * The CommonMark spec's examples (the commonmark-spec package) through the DOM output, compared by
 * structure with the spec's HTML (see domStructure for what counts). Line ends inside paragraphs are
 * rendered as CommonMark does for this comparison; chat shows them as breaks.
 */
const render = (markdown: string) => renderMarkdownNodes(markdown, { softBreaks: 'newline' });
const tabs = (text: string) => text.replace(/→/g, '\t');
const sections = groupBy(tests, (example) => example.section);

// Raw HTML is never markup in a reply: these sections' examples show their HTML as text.
const htmlSections = new Set(['HTML blocks', 'Raw HTML']);
const htmlToken = /<(?:\/?[A-Za-z][A-Za-z0-9-]*|!--|\?|![A-Z]|!\[CDATA\[)/g;

for (const [section, examples] of sections) {
  describe(section, () => {
    for (const example of examples) {
      const markdown = tabs(example.markdown);
      if (htmlSections.has(section)) {
        it(`example ${example.number}: the HTML shows as text`, () => {
          const container = document.createElement('div');
          container.append(...render(markdown));
          expectInert(container);
          for (const [token] of markdown.matchAll(htmlToken)) expect(container.textContent).toContain(token);
        });
      } else if (knownDifferences[example.number]) {
        it(`example ${example.number}: differs on purpose (${knownDifferences[example.number]})`, () => {
          const nodes = render(markdown);
          expect(domStructure(nodes)).not.toBe(domStructure(expectedNodes(tabs(example.html))));
          const container = document.createElement('div');
          container.append(...nodes);
          expectInert(container);
        });
      } else {
        it(`example ${example.number}`, () => {
          expect(domStructure(render(markdown))).toBe(domStructure(expectedNodes(tabs(example.html))));
        });
      }
    }
  });
}
