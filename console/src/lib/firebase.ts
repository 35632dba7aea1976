import { initializeApp } from 'firebase/app';
import { browserLocalPersistence, connectAuthEmulator, indexedDBLocalPersistence, initializeAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';

/**
 * The console's Firebase app. Module scope on purpose: one app, one Auth, one Firestore for the page's life.
 * Emulator builds connect to the emulators on the host that served the console.
 */
const app = initializeApp(__FIREBASE_CONFIG__);
export const auth = initializeAuth(app, { persistence: [indexedDBLocalPersistence, browserLocalPersistence] });
export const db = getFirestore(app);
export const functions = getFunctions(app, 'us-central1');

if (__EMULATOR_PORTS__) {
  const host = location.hostname;
  connectAuthEmulator(auth, `http://${host}:${__EMULATOR_PORTS__.auth}`, { disableWarnings: true });
  connectFirestoreEmulator(db, host, __EMULATOR_PORTS__.firestore);
  connectFunctionsEmulator(functions, host, __EMULATOR_PORTS__.functions);
}
