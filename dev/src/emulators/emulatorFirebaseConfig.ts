import { readFileSync, writeFileSync } from 'node:fs';
import { repoRoot } from '../localConfig.ts';

/**
 * Where the emulated console reaches the Auth, Firestore and Functions emulators. The deployed
 * Content-Security-Policy must not allow them (a production page has no business talking to a visitor's own
 * machine), so only the emulators' copy of firebase.json adds them.
 */
export const LOOPBACK_SOURCES = ['http://127.0.0.1:*', 'http://localhost:*'] as const;

/** The emulators' copy of firebase.json: firebase-tools resolves its paths from its folder, the repository root. */
export const emulatorConfigPath = `${repoRoot}firebase.emulators.json`;

interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/** The parts of firebase.json this file reads; everything else is copied as it is. */
export interface FirebaseJson {
  hosting: { headers: HeaderRule[] } & Record<string, unknown>;
  [key: string]: unknown;
}

/** The deployed config with the loopback sources added to `connect-src` of every Content-Security-Policy. */
export function emulatorFirebaseConfig(deployed: FirebaseJson): FirebaseJson {
  const headers = deployed.hosting.headers.map((rule) => ({
    ...rule,
    headers: rule.headers.map((header) =>
      header.key.toLowerCase() === 'content-security-policy'
        ? { ...header, value: withLoopbackConnectSources(header.value) }
        : header,
    ),
  }));
  return { ...deployed, hosting: { ...deployed.hosting, headers } };
}

function withLoopbackConnectSources(policy: string): string {
  return policy
    .split(';')
    .map((directive) =>
      directive.trim().split(/\s+/)[0] === 'connect-src' ? `${directive} ${LOOPBACK_SOURCES.join(' ')}` : directive,
    )
    .join(';');
}

/** Writes the emulators' copy of firebase.json, from the deployed one as it is now; returns its path. */
export function writeEmulatorFirebaseConfig(): string {
  const deployed = JSON.parse(readFileSync(`${repoRoot}firebase.json`, 'utf8')) as FirebaseJson;
  writeFileSync(emulatorConfigPath, `${JSON.stringify(emulatorFirebaseConfig(deployed), null, 2)}\n`);
  return emulatorConfigPath;
}
