import { expect } from 'vitest';
import { safeHref } from '../safeHref.ts';

/** Every element our renderer may make; anything else would have come from the input. */
const ownElements = new Set(
  'P H1 H2 H3 H4 H5 H6 BLOCKQUOTE UL OL LI PRE CODE HR BR EM STRONG DEL A TABLE THEAD TBODY TR TH TD INPUT DIV'.split(
    ' ',
  ),
);
const ownAttributes = new Set([
  'href',
  'target',
  'rel',
  'start',
  'type',
  'disabled',
  'checked',
  'aria-label',
  'class',
  'tabindex',
  'data-align',
]);

/** Asserts that rendered nodes hold nothing that runs, loads or styles: only our elements and attributes. */
export function expectInert(container: Element): void {
  for (const element of container.querySelectorAll('*')) {
    expect(ownElements, `<${element.tagName.toLowerCase()}> made from the input`).toContain(element.tagName);
    for (const { name } of element.attributes) expect(ownAttributes, `attribute ${name}`).toContain(name);
    const href = element.getAttribute('href');
    if (href !== null) expect(safeHref(href)).toBe(href);
    if (element.tagName === 'INPUT') expect(element.getAttribute('type')).toBe('checkbox');
  }
}
