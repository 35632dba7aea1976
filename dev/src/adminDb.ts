import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { emulatorEnv, localConfig } from './localConfig.ts';

/** Admin Firestore on the emulators (seeding, tests). Sets the emulator variables first, as the SDK reads them. */
export function adminDb() {
  Object.assign(process.env, emulatorEnv());
  // No cloud here: keep google-auth-library from probing the GCE metadata server over the network.
  process.env.METADATA_SERVER_DETECTION ??= 'none';
  const app = getApps()[0] ?? initializeApp({ projectId: localConfig.projectId });
  return getFirestore(app);
}
