/** Puts the console and the widget script side by side in dist/hosting, the Firebase Hosting public folder. */
import { cpSync, rmSync } from 'node:fs';
import { repoRoot } from './localConfig.ts';

const target = `${repoRoot}dist/hosting`;
rmSync(target, { recursive: true, force: true });
cpSync(`${repoRoot}console/dist`, target, { recursive: true });
cpSync(`${repoRoot}widget/dist`, target, { recursive: true });
