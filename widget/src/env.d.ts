/** Emulator ports compiled into emulator builds; `null` in production builds. */
declare const __EMULATOR_PORTS__: { auth: number; firestore: number; functions: number } | null;

/** The Firebase web config of the install, compiled in (see dev/src/firebaseWebConfig.ts). */
declare const __FIREBASE_CONFIG__: { apiKey: string; authDomain: string; projectId: string; appId?: string };

/**
 * The reCAPTCHA Enterprise site key registered for the install's web app in App Check, compiled in from
 * `FRONTDESK_APP_CHECK_SITE_KEY`; `null` when the build has none (then the widget loads no App Check).
 */
declare const __APP_CHECK_SITE_KEY__: string | null;

/** File name of the chat bundle's entry, next to the loader (hashed, so a new release is never mixed with an old one). */
declare const __CHAT_ENTRY__: string;

/** The widget's package version. */
declare const __WIDGET_VERSION__: string;

/** Trusted Types (Chromium): the part the widget uses; TypeScript's DOM library does not describe it yet. */
interface Window {
  trustedTypes?: {
    createPolicy(name: string, rules: { createHTML(html: string): string }): { createHTML(html: string): unknown };
  };
}
