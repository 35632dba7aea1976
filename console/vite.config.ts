import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { firebaseWebConfig } from '../dev/src/firebaseWebConfig.ts';

const emulators = JSON.parse(readFileSync(new URL('../firebase.json', import.meta.url), 'utf8')).emulators;

/**
 * The console, a single-page app served by Firebase Hosting next to `frontdesk.js`.
 * `--mode emulator` builds a copy that talks to the local emulators (ports from firebase.json).
 */
export default defineConfig(({ mode }) => ({
  plugins: [solid()],
  define: {
    __FIREBASE_CONFIG__: JSON.stringify(firebaseWebConfig(mode)),
    __EMULATOR_PORTS__: JSON.stringify(
      mode === 'emulator'
        ? { auth: emulators.auth.port, firestore: emulators.firestore.port, functions: emulators.functions.port }
        : null,
    ),
  },
  // An app behind sign-in, loaded once: one bundle is simpler than chunks and fast enough.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1_000 },
}));
