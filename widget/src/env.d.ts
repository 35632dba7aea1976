/** Emulator ports compiled into emulator builds; `null` in production builds. */
declare const __EMULATOR_PORTS__: { auth: number; firestore: number; functions: number } | null;

/** The Firebase web config of the install, compiled in (see dev/src/firebaseWebConfig.ts). */
declare const __FIREBASE_CONFIG__: { apiKey: string; authDomain: string; projectId: string; appId?: string };

/** File name of the chat bundle's entry, next to the loader (hashed, so a new release is never mixed with an old one). */
declare const __CHAT_ENTRY__: string;

/** The widget's package version. */
declare const __WIDGET_VERSION__: string;
