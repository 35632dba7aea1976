import { type FirebaseOptions, getApp, getApps, initializeApp } from 'firebase/app';
import { getToken, initializeAppCheck, ReCaptchaEnterpriseProvider } from 'firebase/app-check';
import { emulatorAppCheckProvider } from './emulatorAppCheckProvider.ts';

const appName = 'frontdesk-widget-app-check';

/**
 * App Check on a Firebase app of its own. On the widget's app (auth, Firestore), the SDKs would wait for an
 * attestation before every sign-in and listener request; here only the callables wait, for the token they
 * carry in `X-Firebase-AppCheck`. The SDK keeps and refreshes the token. A page that sets
 * `self.FIREBASE_APPCHECK_DEBUG_TOKEN` before the widget loads gets the SDK's debug provider instead of
 * reCAPTCHA (for tests of a deployed install; the token must be registered in the Firebase console).
 */
export function startAppCheck(config: FirebaseOptions): () => Promise<string> {
  const app = getApps().some((existing) => existing.name === appName)
    ? getApp(appName)
    : initializeApp(config, appName);
  const provider = __EMULATOR_PORTS__
    ? emulatorAppCheckProvider(config)
    : new ReCaptchaEnterpriseProvider(__APP_CHECK_SITE_KEY__ as string);
  const appCheck = initializeAppCheck(app, { provider, isTokenAutoRefreshEnabled: true });
  return async () => (await getToken(appCheck)).token;
}
