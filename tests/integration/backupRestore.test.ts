import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths } from '@frontdesk/contract';
import { getAuth } from 'firebase-admin/auth';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEmulators, importEmulators } from '../../dev/src/backup/emulatorBackup.ts';
import { allDocuments } from '../support/allDocuments.ts';
import { db } from '../support/db.ts';
import { freshEmail, signInWithEmailLink } from '../support/emailSignIn.ts';
import { seedBot } from '../support/seedBot.ts';

const backupFolder = (name: string) => join(mkdtempSync(join(tmpdir(), 'frontdesk-backup-')), name);

const wipeFirestore = () =>
  fetch(
    `http://${process.env.FIRESTORE_EMULATOR_HOST}/emulator/v1/projects/${process.env.GCLOUD_PROJECT}/databases/(default)/documents`,
    { method: 'DELETE' },
  );

/**
 * `npm run backup` and `npm run restore`: export, wipe, import, the same documents and accounts. The test works
 * on emptied emulators, so comparing every document stays quick whatever the files before it left behind; what
 * they left is itself backed up first and restored afterwards.
 */
describe('local backup and restore', () => {
  let suiteState: string;
  beforeAll(async () => {
    suiteState = await exportEmulators(backupFolder('suite'));
    await wipeFirestore();
  });
  afterAll(async () => {
    await importEmulators(suiteState);
  });

  it('brings back every document, field for field, and the Auth accounts', async () => {
    const botId = await seedBot();
    const person = await signInWithEmailLink(freshEmail('backup'));
    await db.doc(`${paths.messages(botId, 'c1')}/m1`).set({
      text: 'Nested under a conversation that exists only as a parent',
      at: Timestamp.fromMillis(Date.UTC(2026, 11, 2, 9, 0)),
      numbers: [1, 2.5],
      nested: { deep: { flag: true, none: null } },
    });
    const before = await allDocuments(db);
    expect(before.size).toBeGreaterThan(3);

    const folder = await exportEmulators(backupFolder('backup'));
    await wipeFirestore();
    await getAuth().deleteUser(person.uid);
    expect((await allDocuments(db)).size).toBe(0);

    const { users } = await importEmulators(folder);
    expect(users).toBeGreaterThan(0);
    expect(await allDocuments(db)).toEqual(before);
    expect((await getAuth().getUser(person.uid)).email).toBe(person.email);
  });
});
