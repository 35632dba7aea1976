import { template } from 'solid-js/web';

/** Solid's own, as it runs: its type leaves out the MathML flag and a TrustedHTML argument. */
const solidTemplate = template as unknown as (html: unknown, ...flags: boolean[]) => () => Node;

import type { TemplatePolicy } from '../../shared/chatContext.ts';

let policy: TemplatePolicy | null = null;

/** Set by `mountChat` before the first render: the loader's policy, or null without Trusted Types. */
export function useTemplatePolicy(next: TemplatePolicy | null): void {
  policy = next;
}

/**
 * Stands in for Solid's `template` in every compiled component (widget/trustedTemplates.ts redirects the
 * import): the static HTML of a template goes through the widget's Trusted Types policy, so a page that
 * enforces Trusted Types accepts it. Solid turns the string into DOM on first use, after `mountChat` has set
 * the policy; the wrapper waits for that first use too.
 */
export function trustedTemplate(html: string, ...flags: boolean[]): () => Node {
  let clone: (() => Node) | undefined;
  return () => {
    clone ??= solidTemplate(policy ? policy.createHTML(html) : html, ...flags);
    return clone();
  };
}
