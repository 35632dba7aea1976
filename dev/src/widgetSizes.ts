/**
 * `npm run size:widget`: prints the gzip and brotli sizes of what a site loads, from the last widget build
 * (widget/dist), and fails when a budget is exceeded:
 * - the loader `frontdesk.js`, on every page view: at most 10 kB gzipped;
 * - everything loaded when the chat opens (loader, chat entry, the chunks it imports and the Firebase chunk it
 *   starts loading as it mounts): at most 190 kB.
 * Booking screens load on first need and are printed for reference. 1 kB = 1,000 bytes.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { repoRoot } from './localConfig.ts';

const dist = `${repoRoot}widget/dist/`;
const budgets = { loader: 10_000, chat: 190_000 };

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>;

/** A chunk's file and those of every chunk it imports statically. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

function measure(files: Iterable<string>) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(`${dist}${file}`);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli };
}

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) throw new Error('widget/dist has no chat entry: run `npm run build:emulator` first.');
/** Chunks the chat imports itself as it mounts, next to the panel: loaded when the chat opens all the same. */
const loadedAtOpen = ['src/chat/lib/connectFirebase.ts'];
const chatFiles = new Set(['frontdesk.js', ...staticClosure(entryKey)]);
for (const key of loadedAtOpen) staticClosure(key, chatFiles);
const lazy = (manifest[entryKey]?.dynamicImports ?? [])
  .filter((key) => !loadedAtOpen.includes(key))
  .map((key) => ({
    name: key,
    files: [...staticClosure(key)].filter((file) => !chatFiles.has(file)),
  }));

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows: Array<[string, ReturnType<typeof measure>, number | null]> = [
  ['loader (frontdesk.js, every page view)', measure(['frontdesk.js']), budgets.loader],
  ['chat open (loader + chat bundle)', measure(chatFiles), budgets.chat],
  ...lazy.map(({ name, files }): [string, ReturnType<typeof measure>, null] => [
    `on demand: ${name}`,
    measure(files),
    null,
  ]),
];

let failed = false;
console.log('Widget sizes (budgets are gzipped):');
for (const [name, size, budget] of rows) {
  const over = budget !== null && size.gzip > budget;
  failed ||= over;
  console.log(
    `  ${over ? '✗' : '✓'} ${name.padEnd(44)} gzip ${kb(size.gzip).padStart(9)}   brotli ${kb(size.brotli).padStart(9)}   raw ${kb(size.raw).padStart(9)}${budget === null ? '' : `   budget ${kb(budget)}`}`,
  );
}
if (failed) {
  console.error('A widget size budget is exceeded.');
  process.exit(1);
}
