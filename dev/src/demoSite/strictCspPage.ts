/**
 * The demo site's strict-CSP page: `default-src 'self'`, no `unsafe-inline`, no `unsafe-eval`, and only the
 * origins the widget needs. Styles come from a file, as inline `<style>` would be blocked too.
 */
export function strictCspPage(input: { widgetUrl: string; botId: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Demo Dental — strict Content-Security-Policy</title>
  <link rel="stylesheet" href="/site.css">
</head>
<body>
  <header><h1>Demo Dental</h1><p>This page sends a strict Content-Security-Policy.</p></header>
  <main>
    <h2>Strict CSP</h2>
    <p>No inline scripts or styles and no eval are allowed here; the Frontdesk widget still works.</p>
  </main>
  <script src="${input.widgetUrl}" data-bot="${input.botId}" defer></script>
</body>
</html>
`;
}

/** The policy of the strict page: the widget's script host, and the Firebase hosts it talks to. */
export function strictCsp(input: { widgetUrl: string; connectOrigins: string[] }): string {
  const scriptOrigin = new URL(input.widgetUrl).origin;
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptOrigin}`,
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${input.connectOrigins.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * A policy that also enforces Trusted Types (`require-trusted-types-for 'script'`), allowing only the named
 * policies: `frontdesk` is the widget's (README, "Content-Security-Policy").
 */
export function withTrustedTypes(csp: string, policyNames: string): string {
  return `${csp}; require-trusted-types-for 'script'; trusted-types ${policyNames}`;
}

/** The stylesheet of the demo pages, served as a file for the strict page. */
export const siteCss = `body { margin: 0; font: 17px/1.6 Georgia, serif; color: #1f2937; background: #f8fafc; }
header { background: #0f766e; color: #fff; padding: 24px 32px; }
main { max-width: 720px; margin: 32px auto; padding: 0 24px; }
`;
