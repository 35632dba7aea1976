import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { widgetDefines } from './vite.config.ts';

/**
 * The loader, `frontdesk.js`: one small classic script with no Firebase and no framework, which a site
 * includes with a `<script>` tag. Run after the chat build (vite.config.ts), whose entry name it compiles in.
 */
export default defineConfig(({ mode }) => {
  const manifest = JSON.parse(readFileSync(new URL('./dist/.vite/manifest.json', import.meta.url), 'utf8'));
  const chatEntry = (manifest['src/chat/mountChat.tsx'] as { file: string }).file;
  return {
    define: { ...widgetDefines(mode), __CHAT_ENTRY__: JSON.stringify(chatEntry) },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      lib: {
        entry: 'src/loader/index.ts',
        formats: ['iife'],
        name: 'FrontdeskLoader',
        fileName: () => 'frontdesk.js',
      },
    },
  };
});
