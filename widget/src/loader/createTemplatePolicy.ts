import type { TemplatePolicy } from '../shared/chatContext.ts';

/** The name a site allows in its Content-Security-Policy: `trusted-types frontdesk` (README). */
export const TRUSTED_TYPES_POLICY = 'frontdesk';

/**
 * Creates the widget's Trusted Types policy, before anything is shown: `null` in a browser without Trusted
 * Types, `'refused'` when the page's CSP has a `trusted-types` directive that does not name the policy (then
 * the chat could not render, so the widget stays hidden). The policy stays inside the widget: it is handed to
 * the chat bundle only, whose compiled templates are its one caller, each a string literal checked at build
 * time (widget/trustedTemplates.ts). It never sees text from a model, a visitor or the network.
 */
export function createTemplatePolicy(): TemplatePolicy | null | 'refused' {
  if (!window.trustedTypes) return null;
  try {
    return window.trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (html) => html });
  } catch {
    return 'refused';
  }
}
