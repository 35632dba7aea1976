/**
 * `tsx dev/src/withFirebaseWebConfig.ts <emulator|production> <command…>`: runs the command (the widget and
 * console builds) with FRONTDESK_FIREBASE_CONFIG set to the web config they compile in, and exits with its code.
 * The builds read nothing from dev/: this is where the emulators' demo config and the deployed project's meet them.
 */
import { spawnSync } from 'node:child_process';
import { type FirebaseWebConfig, firebaseWebConfig } from './firebaseWebConfig.ts';

const [mode, command, ...args] = process.argv.slice(2);
if ((mode !== 'emulator' && mode !== 'production') || !command) {
  console.error('usage: withFirebaseWebConfig <emulator|production> <command> [args…]');
  process.exit(2);
}

let config: FirebaseWebConfig;
try {
  config = firebaseWebConfig(mode);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const result = spawnSync(command, args, {
  stdio: 'inherit',
  env: { ...process.env, FRONTDESK_FIREBASE_CONFIG: JSON.stringify(config) },
});
process.exit(result.status ?? 1);
