import { adminDb } from '../../dev/src/adminDb.ts';

/** The admin Firestore of the emulators started by dev/src/withEmulators.ts: tests seed and read through it. */
export const db = adminDb();
