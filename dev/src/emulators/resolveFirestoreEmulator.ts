import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { localConfig } from '../localConfig.ts';
import { writeManifestJar } from './writeManifestJar.ts';

export type FirestoreEmulatorChoice =
  | { kind: 'firebase-tools'; description: string; env: Record<string, string> }
  | { kind: 'local-jar'; description: string; env: Record<string, string> };

/** Where Google Cloud SDK installs (Debian's google-cloud-cli packages among them) put the official emulator jar. */
const SDK_ROOTS = ['/usr/lib/google-cloud-sdk', '/usr/share/google-cloud-sdk', '/opt/google-cloud-sdk'];
const SDK_JAR = 'platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

/**
 * Picks how to run the official Firestore emulator: the jar firebase-tools already downloaded, else the
 * jar of a Google Cloud SDK install on this machine (through a wrapper jar, since it has no Main-Class),
 * else firebase-tools' own download. Throws one sentence when Java is missing.
 */
export function resolveFirestoreEmulator(env: NodeJS.ProcessEnv = process.env): FirestoreEmulatorChoice {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) {
    throw new Error(
      'The Firestore emulator needs Java (21 or newer recommended) and `java` is not on the PATH: install a JDK, e.g. `apt-get install openjdk-21-jre-headless`.',
    );
  }
  if (env.FIRESTORE_EMULATOR_BINARY_PATH) {
    return {
      kind: 'local-jar',
      description: `FIRESTORE_EMULATOR_BINARY_PATH=${env.FIRESTORE_EMULATOR_BINARY_PATH}`,
      env: {},
    };
  }
  const cached = firebaseToolsCachedJar(env);
  if (existsSync(cached)) return { kind: 'firebase-tools', description: cached, env: {} };

  const sdkJar = [env.CLOUDSDK_ROOT_DIR, ...SDK_ROOTS]
    .filter((root): root is string => Boolean(root))
    .map((root) => join(root, SDK_JAR))
    .find((path) => existsSync(path));
  if (sdkJar) {
    mkdirSync(localConfig.runtimeDir, { recursive: true });
    const wrapper = join(localConfig.runtimeDir, 'cloud-firestore-emulator-wrapper.jar');
    writeManifestJar(wrapper, { mainClass: MAIN_CLASS, classPath: [sdkJar] });
    return { kind: 'local-jar', description: sdkJar, env: { FIRESTORE_EMULATOR_BINARY_PATH: wrapper } };
  }
  return { kind: 'firebase-tools', description: `download to ${cached}`, env: {} };
}

function firebaseToolsCachedJar(env: NodeJS.ProcessEnv): string {
  const require = createRequire(import.meta.url);
  const infoPath = require.resolve('firebase-tools/lib/emulator/downloadableEmulatorInfo.json');
  const info = JSON.parse(readFileSync(infoPath, 'utf8')) as { firestore: { downloadPathRelativeToCacheDir: string } };
  const cacheDir = env.FIREBASE_EMULATORS_PATH ?? join(homedir(), '.cache', 'firebase', 'emulators');
  return join(cacheDir, info.firestore.downloadPathRelativeToCacheDir);
}
