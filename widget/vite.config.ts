import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { trustedTemplates } from './trustedTemplates.ts';

const emulators = JSON.parse(readFileSync(new URL('../firebase.json', import.meta.url), 'utf8')).emulators;
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

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

/** Compile-time constants shared by the chat bundle and the loader (vite.loader.config.ts). */
export function widgetDefines(mode: string) {
  return {
    __FIREBASE_CONFIG__: JSON.stringify(firebaseWebConfig()),
    __EMULATOR_PORTS__: JSON.stringify(
      mode === 'emulator'
        ? { auth: emulators.auth.port, firestore: emulators.firestore.port, functions: emulators.functions.port }
        : null,
    ),
    __WIDGET_VERSION__: JSON.stringify(version),
    // The install's App Check site key (README, "App Check"): one per Firebase project, like the web config.
    __APP_CHECK_SITE_KEY__: JSON.stringify(process.env.FRONTDESK_APP_CHECK_SITE_KEY?.trim() || null),
  };
}

/**
 * The chat bundle: an ES module the loader imports on intent, with the booking screens split into chunks
 * loaded when first needed. Every file is named `frontdesk-*.js` so Hosting serves it with CORS (firebase.json).
 * Built before the loader, which reads the entry's hashed name from the manifest.
 * `--mode emulator` builds a copy that talks to the local emulators (ports from firebase.json).
 */
export default defineConfig(({ mode }) => ({
  plugins: [solid(), trustedTemplates(fileURLToPath(new URL('./src/chat/lib/trustedTemplate.ts', import.meta.url)))],
  define: widgetDefines(mode),
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    modulePreload: false,
    // Firebase makes the chat entry large before compression; dev/src/widgetSizes.ts checks the real budget.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: { chat: 'src/chat/mountChat.tsx' },
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: 'frontdesk-[name]-[hash].js',
        // Lazily loaded screens keep their name; code they share with the chat is one `shared` chunk.
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'frontdesk-[name]-[hash].js' : 'frontdesk-shared-[hash].js'),
        assetFileNames: 'frontdesk-[name]-[hash][extname]',
      },
    },
  },
}));
