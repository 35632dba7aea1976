import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localConfig } from '../localConfig.ts';

/**
 * Backups of the local emulators, in the format `firebase emulators:export` writes (and `--import` reads):
 * `firestore_export/` and `auth_export/` under one folder. The export goes through the emulator hub; the
 * restore loads it into the running emulators (Firestore's own import endpoint, Auth's batchCreate), replacing
 * what they hold. Production uses the Firestore export to Cloud Storage instead (see the README's runbook).
 */
const { host, ports, projectId } = localConfig;
const firestore = `http://${host}:${ports.firestore}`;
const auth = `http://${host}:${ports.auth}`;
const owner = { authorization: 'Bearer owner', 'content-type': 'application/json' };

async function expectOk(response: Response, what: string): Promise<void> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
}

/** Exports Firestore and Auth to `folder` (created; absolute or relative to the current directory). */
export async function exportEmulators(folder: string): Promise<string> {
  const path = resolve(folder);
  const response = await fetch(`http://${host}:${ports.hub}/_admin/export`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path, initiatedBy: 'frontdesk-backup' }),
  }).catch(() => {
    throw new Error(`No emulators answer at ${host}:${ports.hub}. Start them with npm start first.`);
  });
  await expectOk(response, 'export');
  return path;
}

/** Replaces everything in the running Firestore and Auth emulators with the export in `folder`. */
export async function importEmulators(folder: string): Promise<{ users: number }> {
  const path = resolve(folder);
  const metadata = join(path, 'firestore_export', 'firestore_export.overall_export_metadata');
  readFileSync(metadata); // a clear error when the folder is not an export
  await expectOk(
    await fetch(`${firestore}/emulator/v1/projects/${projectId}/databases/(default)/documents`, { method: 'DELETE' }),
    'wipe Firestore',
  );
  await expectOk(
    await fetch(`${firestore}/emulator/v1/projects/${projectId}:import`, {
      method: 'POST',
      headers: owner,
      // The emulator takes the path of the export's metadata file here, not its folder.
      body: JSON.stringify({ database: `projects/${projectId}/databases/(default)`, export_directory: metadata }),
    }),
    'import Firestore',
  );
  await expectOk(await fetch(`${auth}/emulator/v1/projects/${projectId}/accounts`, { method: 'DELETE' }), 'wipe Auth');
  const accounts = JSON.parse(readFileSync(join(path, 'auth_export', 'accounts.json'), 'utf8')) as {
    users?: Record<string, unknown>[];
  };
  const users = accounts.users ?? [];
  // batchCreate takes at most 1,000 accounts per call.
  for (let start = 0; start < users.length; start += 1_000) {
    await expectOk(
      await fetch(`${auth}/identitytoolkit.googleapis.com/v1/projects/${projectId}/accounts:batchCreate`, {
        method: 'POST',
        headers: owner,
        body: JSON.stringify({ users: users.slice(start, start + 1_000) }),
      }),
      'import Auth',
    );
  }
  return { users: users.length };
}
