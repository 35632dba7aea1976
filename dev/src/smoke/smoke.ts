/**
 * `npm run smoke -- <site URL> [--bot <id>] [--chat] [options]`: checks a deployed Frontdesk from outside after
 * `firebase deploy` and prints a pass/fail table; exits 1 when a check fails. The project id and web API key come
 * from the site's `/__/firebase/init.json` (Firebase Hosting serves it) unless `--project` and `--api-key` say.
 * Options for other setups: `--firestore <origin>`, `--auth <origin>`, `--functions <base URL>`,
 * `--app-check-token <token>` (installs with APP_CHECK=enforce: a debug token registered in App Check).
 */
import { parseArgs } from 'node:util';
import { formatSmokeTable, runSmoke } from './smokeChecks.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bot: { type: 'string' },
    chat: { type: 'boolean', default: false },
    project: { type: 'string' },
    'api-key': { type: 'string' },
    firestore: { type: 'string' },
    auth: { type: 'string' },
    functions: { type: 'string' },
    'app-check-token': { type: 'string' },
  },
});
const site = positionals[0]?.replace(/\/+$/, '');
if (!site) {
  console.error('usage: npm run smoke -- <site URL> [--bot <id>] [--chat] [--project <id> --api-key <key>]');
  process.exit(2);
}

let { project: projectId, 'api-key': apiKey } = values;
if (!projectId || !apiKey) {
  const init = (await fetch(`${site}/__/firebase/init.json`)
    .then((response) => response.json())
    .catch(() => ({}))) as { projectId?: string; apiKey?: string };
  projectId ??= init.projectId;
  apiKey ??= init.apiKey;
}
if (!projectId || !apiKey) {
  console.error(`${site}/__/firebase/init.json names no project: pass --project and --api-key.`);
  process.exit(2);
}

const rows = await runSmoke({
  site,
  projectId,
  apiKey,
  firestoreOrigin: values.firestore ?? 'https://firestore.googleapis.com',
  authOrigin: values.auth ?? 'https://identitytoolkit.googleapis.com',
  functionsBase: values.functions ?? `https://us-central1-${projectId}.cloudfunctions.net`,
  botId: values.bot,
  chat: values.chat,
  appCheckToken: values['app-check-token'],
});
console.log(formatSmokeTable(rows));
const failed = rows.filter((row) => !row.ok).length;
console.log(failed === 0 ? `\nAll ${rows.length} checks passed.` : `\n${failed} of ${rows.length} checks failed.`);
process.exit(failed === 0 ? 0 : 1);
