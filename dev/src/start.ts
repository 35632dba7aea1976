/**
 * `npm start`: builds for the emulators, starts them with a model (the real one when OPENAI_API_KEY is set,
 * else the offline demo model), seeds the demo tenant and bot, serves the demo site, prints the URLs, and
 * stops everything on Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { adminDb } from './adminDb.ts';
import { startDemoSite } from './demoSite/startDemoSite.ts';
import { localConfig, repoRoot, urls } from './localConfig.ts';
import { onShutdown } from './onShutdown.ts';
import { startSchedules } from './schedules/localSchedules.ts';
import { DEMO_BOT_ID, DEMO_OWNER_EMAIL, DEMO_PLATFORM_ADMIN_EMAIL, seedDemo } from './seed/seedDemo.ts';
import { printSignInLinks } from './signInLinks/printSignInLinks.ts';
import { type RealModel, startBackend } from './startBackend.ts';

// The developer's shell is the configuration here; the functions themselves read only their params.
const apiKey = process.env.OPENAI_API_KEY;
const realModel: RealModel | undefined = apiKey
  ? { apiKey, baseURL: process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1', model: process.env.OPENAI_MODEL }
  : undefined;

console.log('Building the widget, console and functions for the emulators…');
const build = spawnSync('npm', ['run', '--silent', 'build:emulator'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log('Starting the Firebase emulators (auth, firestore, functions, hosting)…');
const startedAt = Date.now();
const backend = await startBackend({ realModel }).catch((error: Error) => {
  console.error(`\n${error.message}`);
  process.exit(1);
});
const demoSite = await startDemoSite({
  host: localConfig.host,
  port: localConfig.ports.demoSite,
  widgetUrl: `${urls.hosting}/frontdesk.js`,
  botId: DEMO_BOT_ID,
});
// After the demo site: the demo bot's knowledge includes its pages, fetched as soon as they are queued.
await seedDemo(adminDb(), { knowledge: { demoSiteUrl: demoSite.url } });
// The Functions emulator never fires scheduled functions: run each on its schedule (mail retries, the sweeper…).
const schedules = await startSchedules((schedule, problem) =>
  console.error(`Scheduled function ${schedule.name} failed: ${problem} (see the emulator log)`),
);

const model = realModel
  ? `${realModel.model ?? 'default model'} at ${realModel.baseURL}`
  : `OFFLINE DEMO MODEL (canned replies; set OPENAI_API_KEY for a real one) at ${urls.fakeModel}`;
console.log(`
Frontdesk is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s).

  Demo site with the widget   ${demoSite.url}  (strict CSP: ${demoSite.url}strict-csp)
  Console                     ${urls.hosting}/  (sign-in links appear below)
    demo owner                ${DEMO_OWNER_EMAIL}
    platform admin            ${DEMO_PLATFORM_ADMIN_EMAIL}
  Widget script               ${urls.hosting}/frontdesk.js
  Model                       ${model}
  Mail sent (local catcher)   ${backend.mailCatcher.webUrl}
  Scheduled functions         ${schedules.schedules.map((s) => `${s.name} (${s.schedule})`).join(', ') || 'none'}${schedules.skipped.length > 0 ? `; not run locally: ${schedules.skipped.map((s) => `${s.name} (${s.schedule})`).join(', ')}` : ''}
  Firestore emulator          http://${localConfig.host}:${localConfig.ports.firestore}  (${backend.emulators.firestore})
  Emulator log                ${backend.emulators.logFile}

Press Ctrl-C to stop.`);
const stopPrintingLinks = printSignInLinks();
onShutdown(async () => {
  console.log('\nStopping…');
  stopPrintingLinks();
  schedules.stop();
  await demoSite.close();
});
