/**
 * The demo practice's own pages, served by the demo site, that the demo bot reads as its knowledge (a web source
 * with a same-site crawl by links, seeded by seedDemo). Also the corpus of the labelled questions
 * (dev/src/knowledge/labelledQuestions.ts).
 */
const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><nav><a href="/practice">The practice</a> · <a href="/prices">Prices</a> · <a href="/treatments">Treatments</a></nav>
<main>${body}</main><footer>Demo Dental · Lindenstraße 12 · Berlin</footer></body></html>
`;

export const demoKnowledgePages: Record<string, string> = {
  '/practice': page(
    'The practice — Demo Dental',
    `<h1>The practice</h1>
<p>Demo Dental is a family dental practice in Berlin-Mitte, at Lindenstraße 12, second floor, with a lift.</p>
<h2>Our team</h2>
<p>Dr. Anna Weber founded the practice in 1998. Dr. Jonas Klein specialises in children's dentistry and anxious patients.
Our dental hygienists are Mia and Lukas.</p>
<h2>Languages</h2>
<p>We speak German, English, Turkish and Polish.</p>
<h2>Getting here</h2>
<p>The underground station Hausvogteiplatz (U2) is three minutes away on foot. Bus 147 stops in front of the building.</p>`,
  ),
  '/prices': page(
    'Prices — Demo Dental',
    `<h1>Prices</h1>
<p>Statutory health insurance covers check-ups and fillings. Private patients are billed by the GOZ fee schedule.</p>
<h2>Professional teeth cleaning</h2>
<p>A professional teeth cleaning costs 95 EUR and takes about 60 minutes. Many insurers refund part of it.</p>
<h2>Whitening</h2>
<p>In-office bleaching costs 390 EUR for both jaws; a take-home whitening kit costs 220 EUR.</p>
<h2>Payment</h2>
<p>You can pay by card, cash or bank transfer. Invoices over 600 EUR can be paid in instalments.</p>`,
  ),
  '/treatments': page(
    'Treatments — Demo Dental',
    `<h1>Treatments</h1>
<h2>Implants</h2>
<p>We place titanium and ceramic implants. An implant consultation is free and takes 30 minutes.</p>
<h2>Children</h2>
<p>Children from age two are welcome. The first visit is a playful getting-to-know-you appointment.</p>
<h2>Anxious patients</h2>
<p>For anxious patients we offer longer appointments, sedation with nitrous oxide and treatment under general anaesthesia.</p>`,
  ),
};

export const demoSitemap = (origin: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Object.keys(
    demoKnowledgePages,
  )
    .map((path) => `<url><loc>${origin}${path}</loc></url>`)
    .join('')}</urlset>`;
