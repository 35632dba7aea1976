import { initializeApp } from 'firebase/app';
import {
  type Auth,
  browserLocalPersistence,
  connectAuthEmulator,
  initializeAuth,
  signInAnonymously,
} from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  type Firestore,
  getFirestore,
  onSnapshot,
  orderBy,
  query,
  where,
} from 'firebase/firestore';
import type { AppCheckTokens } from './appCheckTokens.ts';

export interface FirebaseConnection {
  auth: Auth;
  db: Firestore;
  uid: string;
  functionsUrl: string;
  /** Firestore's REST API, for the presence heartbeat. */
  firestoreUrl: string;
  projectId: string;
  /** The App Check token for a callable, when the build has App Check (appCheckTokens.ts). */
  appCheckToken: AppCheckTokens;
  /** The Firestore functions the chat listens with, from this chunk (loadFirebase.ts). */
  firestore: typeof firestore;
}

const firestore = { collection, doc, onSnapshot, orderBy, query, where };

/**
 * Connects to the Frontdesk install's Firebase project (config compiled in) and signs the visitor in
 * anonymously; the session persists, so a returning visitor keeps their conversation. `appCheckToken` comes
 * from the chat (appCheckTokens.ts), so this chunk holds Firebase alone.
 */
export async function connectFirebase(origin: string, appCheckToken: AppCheckTokens): Promise<FirebaseConnection> {
  const config = __FIREBASE_CONFIG__;

  // A named app, so the widget never collides with a Firebase app of the host page.
  const app = initializeApp(config, 'frontdesk-widget');
  // The session in localStorage only: the visitor's one anonymous user needs no IndexedDB, and leaving out its
  // persistence code keeps 2 kB out of the chat-open budget.
  const auth = initializeAuth(app, { persistence: browserLocalPersistence });
  const db = getFirestore(app);
  let functionsUrl = `https://us-central1-${config.projectId}.cloudfunctions.net`;
  let firestoreUrl = 'https://firestore.googleapis.com';

  if (__EMULATOR_PORTS__) {
    const host = new URL(origin).hostname;
    connectAuthEmulator(auth, `http://${host}:${__EMULATOR_PORTS__.auth}`, { disableWarnings: true });
    connectFirestoreEmulator(db, host, __EMULATOR_PORTS__.firestore);
    functionsUrl = `http://${host}:${__EMULATOR_PORTS__.functions}/${config.projectId}/us-central1`;
    firestoreUrl = `http://${host}:${__EMULATOR_PORTS__.firestore}`;
  }

  await auth.authStateReady();
  const user = auth.currentUser ?? (await signInAnonymously(auth)).user;
  return {
    auth,
    db,
    uid: user.uid,
    functionsUrl,
    firestoreUrl,
    projectId: config.projectId,
    appCheckToken,
    firestore,
  };
}
