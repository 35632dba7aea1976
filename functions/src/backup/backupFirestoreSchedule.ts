import firestoreClients from '@google-cloud/firestore';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { GoogleAuth } from 'google-auth-library';
import { backupBucket, backupRetentionDays } from '../config.ts';
import { exportFolderName, exportsToPrune } from '../domain/backup/exportsToPrune.ts';
import { log } from '../lib/log.ts';

const STORAGE_API = 'https://storage.googleapis.com/storage/v1';

/**
 * Daily at 03:00 UTC: exports the whole database to BACKUP_BUCKET (`<bucket>/<time>/`) with the Firestore
 * Admin export API, then deletes exports older than BACKUP_RETENTION_DAYS. The export runs on Google's side
 * (this only starts it); its progress is `gcloud firestore operations list`. Point-in-time recovery (7 days,
 * to the minute) is the first line for mistakes; these exports are for longer and for a lost database.
 */
export const backupFirestoreSchedule = onSchedule(
  { schedule: 'every day 03:00', timeZone: 'UTC', maxInstances: 1, timeoutSeconds: 300 },
  async (event) => {
    const bucket = backupBucket.value().replace(/\/+$/, '');
    if (!bucket) {
      log.info('backup.skipped', { reason: 'no_bucket' });
      return;
    }
    const at = new Date(event.scheduleTime);
    const client = new firestoreClients.v1.FirestoreAdminClient();
    const projectId = await client.getProjectId();
    const [operation] = await client.exportDocuments({
      name: client.databasePath(projectId, '(default)'),
      outputUriPrefix: `${bucket}/${exportFolderName(at)}`.replace(/\/$/, ''),
      collectionIds: [],
    });
    log.info('backup.started', { operation: operation.name, folder: exportFolderName(at) });
    const pruned = await pruneExports(bucket.replace(/^gs:\/\//, ''), at, backupRetentionDays.value());
    if (pruned > 0) log.info('backup.pruned', { exports: pruned });
  },
);

/** Deletes every object under the export folders older than the retention period; answers how many folders. */
async function pruneExports(bucket: string, now: Date, retentionDays: number): Promise<number> {
  const http = await new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/devstorage.read_write'] }).getClient();
  const folders = await http.request<{ prefixes?: string[] }>({
    url: `${STORAGE_API}/b/${bucket}/o`,
    params: { delimiter: '/', fields: 'prefixes' },
  });
  const doomed = exportsToPrune(folders.data.prefixes ?? [], now, retentionDays);
  for (const folder of doomed) {
    let pageToken: string | undefined;
    do {
      const page = await http.request<{ items?: { name: string }[]; nextPageToken?: string }>({
        url: `${STORAGE_API}/b/${bucket}/o`,
        params: { prefix: folder, fields: 'items(name),nextPageToken', pageToken },
      });
      for (const item of page.data.items ?? []) {
        await http.request({ url: `${STORAGE_API}/b/${bucket}/o/${encodeURIComponent(item.name)}`, method: 'DELETE' });
      }
      pageToken = page.data.nextPageToken;
    } while (pageToken);
  }
  return doomed.length;
}
