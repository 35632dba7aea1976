/** `npm run restore -- <folder>`: replaces the running emulators' Firestore and Auth data with a backup. */
import { importEmulators } from './emulatorBackup.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run restore -- <backup folder> (see npm run backup)');
  process.exit(2);
}
try {
  const { users } = await importEmulators(folder);
  console.log(`Restored Firestore and ${users} Auth accounts from ${folder}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
