import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { emulatorEnv, localConfig } from './localConfig.ts';

/** Admin Firestore on the emulators (seeding, tests). Sets the emulator variables first, as the SDK reads them. */
export function adminDb() {
  Object.assign(process.env, emulatorEnv());
  // A stand-in credential: the emulators accept any token, and it keeps the SDK from probing for cloud credentials.
  const credential = { getAccessToken: async () => ({ access_token: 'owner', expires_in: 3600 }) };
  const app = getApps()[0] ?? initializeApp({ projectId: localConfig.projectId, credential });
  return getFirestore(app);
}
