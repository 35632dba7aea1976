import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { localConfig } from './localConfig.ts';

export interface FirebaseWebConfig {
  apiKey: string;
  authDomain: string;
  projectId: string;
  appId?: string;
}

/**
 * The Firebase web config compiled into the widget and console, which withFirebaseWebConfig.ts hands to their
 * builds. The widget runs on other sites' origins, where Hosting's `/__/firebase/init.json` is blocked by CORS,
 * so the config travels inside the script. Emulator builds use the demo project; production builds take
 * FRONTDESK_FIREBASE_CONFIG (JSON) or ask firebase-tools for the web app of the project being deployed.
 */
export function firebaseWebConfig(mode: string): FirebaseWebConfig {
  if (mode === 'emulator') {
    const { projectId } = localConfig;
    return { apiKey: 'demo-api-key', authDomain: `${projectId}.firebaseapp.com`, projectId };
  }
  const fromEnv = process.env.FRONTDESK_FIREBASE_CONFIG;
  if (fromEnv) return JSON.parse(fromEnv) as FirebaseWebConfig;
  const firebaseBin = createRequire(import.meta.url).resolve('firebase-tools/lib/bin/firebase.js');
  try {
    const output = execFileSync(process.execPath, [firebaseBin, 'apps:sdkconfig', 'WEB', '--json'], {
      encoding: 'utf8',
    });
    const parsed = JSON.parse(output) as { result: { sdkConfig: FirebaseWebConfig } };
    return parsed.result.sdkConfig;
  } catch (error) {
    throw new Error(
      'No Firebase web config for the production build: create a web app once (`firebase apps:create WEB frontdesk`) ' +
        'and sign in with `firebase login`, or set FRONTDESK_FIREBASE_CONFIG to the app config JSON. ' +
        `(${(error as Error).message.split('\n')[0]})`,
    );
  }
}
