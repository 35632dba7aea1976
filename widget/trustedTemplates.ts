import type { Plugin } from 'vite';

/** Solid's compiled import of its `template` function, and each call of it. */
const templateImport = /import \{ template as _\$template \} from "solid-js\/web";/;
const templateCall = /_\$template\(/g;
/** A call whose first argument is one template literal without `${…}`: HTML fixed at build time. */
const staticTemplateCall = /_\$template\(`(?:[^`\\$]|\\.|\$(?!\{))*`[,)]/g;

/**
 * Trusted Types for the compiled Solid components (README, "Content-Security-Policy"): every `template(html)`
 * the Solid compiler emits is sent to `runtime` (src/chat/lib/trustedTemplate.ts), which passes the HTML
 * through the widget's `frontdesk` policy. The build fails if a template's HTML is not a string literal, so
 * the policy only ever sees the components' own markup, never text that arrives at run time.
 */
export function trustedTemplates(runtime: string): Plugin {
  return {
    name: 'frontdesk-trusted-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\.tsx$/.test(id) || !code.includes('_$template(')) return null;
      if (!templateImport.test(code))
        this.error(`${id}: Solid's template import changed shape; update widget/trustedTemplates.ts.`);
      const calls = code.match(templateCall)?.length ?? 0;
      const literal = code.match(staticTemplateCall)?.length ?? 0;
      if (calls !== literal) {
        this.error(`${id}: ${calls - literal} Solid template(s) built from something other than a string literal.`);
      }
      return {
        code: code.replace(templateImport, `import { trustedTemplate as _$template } from ${JSON.stringify(runtime)};`),
        map: null,
      };
    },
  };
}
