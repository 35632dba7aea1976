import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

const emulators = JSON.parse(readFileSync(new URL('../firebase.json', import.meta.url), 'utf8')).emulators;

/**
 * The Firebase web config to compile in, handed to the build as JSON: `npm run build:hosting` and
 * `npm run build:emulator` set it for the project being deployed or for the emulators' demo project.
 */
function firebaseWebConfig(): unknown {
  const json = process.env.FRONTDESK_FIREBASE_CONFIG;
  if (!json) {
    throw new Error(
      'FRONTDESK_FIREBASE_CONFIG is not set: build with `npm run build:hosting` or `npm run build:emulator`, or set it to the web app config JSON.',
    );
  }
  return JSON.parse(json);
}

/**
 * The console, a single-page app served by Firebase Hosting next to `frontdesk.js`.
 * `--mode emulator` builds a copy that talks to the local emulators (ports from firebase.json).
 */
export default defineConfig(({ mode }) => ({
  plugins: [solid()],
  define: {
    __FIREBASE_CONFIG__: JSON.stringify(firebaseWebConfig()),
    __EMULATOR_PORTS__: JSON.stringify(
      mode === 'emulator'
        ? { auth: emulators.auth.port, firestore: emulators.firestore.port, functions: emulators.functions.port }
        : null,
    ),
  },
  // An app behind sign-in, loaded once: one bundle is simpler than chunks and fast enough.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1_000 },
}));
