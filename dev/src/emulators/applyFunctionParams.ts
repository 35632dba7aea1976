import { existsSync, readFileSync } from 'node:fs';
import { repoRoot } from '../localConfig.ts';

/**
 * Gives this process the params the Functions emulator gives the functions (functions/.env, then the
 * emulator's .env.local and .secret.local), so a handler can run in-process against the same emulators.
 */
export function applyFunctionParams(overrides: Record<string, string> = {}): void {
  for (const file of ['.env', '.env.local', '.secret.local']) {
    const path = `${repoRoot}functions/${file}`;
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
      if (match) process.env[match[1] as string] = match[2];
    }
  }
  Object.assign(process.env, overrides);
}
