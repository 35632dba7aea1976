/** The demo site's page: an ordinary business page on its own origin, with the one-line embed. */
export function demoPage(input: { widgetUrl: string; botId: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Demo Dental — a site with the Frontdesk widget</title>
  <style>
    body { margin: 0; font: 17px/1.6 Georgia, serif; color: #1f2937; background: #f8fafc; }
    header { background: #0f766e; color: #fff; padding: 24px 32px; }
    main { max-width: 720px; margin: 32px auto; padding: 0 24px; }
  </style>
</head>
<body>
  <header><h1>Demo Dental</h1><p>Friendly dentistry since 1998.</p></header>
  <main>
    <h2>Welcome</h2>
    <p>This page stands for any website. The chat button in the corner is the Frontdesk widget, added with one tag:</p>
    <pre><code>&lt;script src="${input.widgetUrl}" data-bot="${input.botId}" defer&gt;&lt;/script&gt;</code></pre>
  </main>
  <script src="${input.widgetUrl}" data-bot="${input.botId}" defer></script>
</body>
</html>
`;
}
