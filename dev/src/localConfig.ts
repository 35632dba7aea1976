import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where things live and listen when Frontdesk runs locally; emulator ports come from firebase.json. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const firebaseJson = JSON.parse(readFileSync(`${repoRoot}firebase.json`, 'utf8')) as {
  emulators: Record<string, { host?: string; port?: number; websocketPort?: number }>;
};
const firebaserc = JSON.parse(readFileSync(`${repoRoot}.firebaserc`, 'utf8')) as { projects: { default: string } };

const port = (name: string) => {
  const value = firebaseJson.emulators[name]?.port;
  if (!value) throw new Error(`firebase.json has no emulators.${name}.port`);
  return value;
};

export const localConfig = {
  projectId: firebaserc.projects.default,
  host: '127.0.0.1',
  ports: {
    auth: port('auth'),
    firestore: port('firestore'),
    functions: port('functions'),
    hosting: port('hosting'),
    hub: port('hub'),
    fakeModel: 4010,
    demoSite: 5180,
    smtp: 2525,
    mailViewer: 5190,
  },
  runtimeDir: `${repoRoot}.runtime/`,
};

export const urls = {
  hosting: `http://${localConfig.host}:${localConfig.ports.hosting}`,
  demoSite: `http://${localConfig.host}:${localConfig.ports.demoSite}`,
  fakeModel: `http://${localConfig.host}:${localConfig.ports.fakeModel}`,
  mailViewer: `http://${localConfig.host}:${localConfig.ports.mailViewer}`,
  functions: `http://${localConfig.host}:${localConfig.ports.functions}/${localConfig.projectId}/us-central1`,
};

/** The variables that point admin SDKs and firebase-tools at the emulators. */
export function emulatorEnv(): Record<string, string> {
  const { host, ports, projectId } = localConfig;
  return {
    GCLOUD_PROJECT: projectId,
    FIRESTORE_EMULATOR_HOST: `${host}:${ports.firestore}`,
    FIREBASE_AUTH_EMULATOR_HOST: `${host}:${ports.auth}`,
    FIREBASE_EMULATOR_HUB: `${host}:${ports.hub}`,
  };
}
