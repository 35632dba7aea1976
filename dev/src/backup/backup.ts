/**
 * `npm run backup [-- <folder>]`: exports the running emulators (`npm start`) to `<folder>`, by default
 * `.runtime/backups/<time>/`. `npm run restore -- <folder>` loads it back; `firebase emulators:start --import
 * <folder>` reads it too.
 */
import { join } from 'node:path';
import { localConfig } from '../localConfig.ts';
import { exportEmulators } from './emulatorBackup.ts';

const folder =
  process.argv[2] ??
  join(localConfig.runtimeDir, 'backups', new Date().toISOString().replaceAll(':', '-').slice(0, 19));
try {
  console.log(`Backed up Firestore and Auth to ${await exportEmulators(folder)}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
