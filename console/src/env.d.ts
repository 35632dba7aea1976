/** Emulator ports compiled into emulator builds; `null` in production builds. */
declare const __EMULATOR_PORTS__: { auth: number; firestore: number; functions: number } | null;

/** The Firebase web config of the install, compiled in (see dev/src/firebaseWebConfig.ts). */
declare const __FIREBASE_CONFIG__: { apiKey: string; authDomain: string; projectId: string; appId?: string };
