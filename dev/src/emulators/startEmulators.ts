import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { localConfig, repoRoot } from '../localConfig.ts';
import { onShutdown } from '../onShutdown.ts';
import { writeEmulatorFirebaseConfig } from './emulatorFirebaseConfig.ts';
import { resolveFirestoreEmulator } from './resolveFirestoreEmulator.ts';

export interface RunningEmulators {
  firestore: string;
  logFile: string;
  stop(): Promise<void>;
}

const READY_LINE = 'All emulators ready';
// A busy two-core machine (several builds at once) has needed more than 120 s to start all of them.
const START_TIMEOUT_MS = 240_000;

/**
 * Starts the Auth, Firestore, Functions and Hosting emulators with firebase-tools and resolves once all
 * are ready. Output goes to .runtime/emulators.log; on failure the error quotes its last lines.
 */
export async function startEmulators(
  options: { only?: string[]; onLine?: (line: string) => void } = {},
): Promise<RunningEmulators> {
  const firestore = resolveFirestoreEmulator();
  mkdirSync(localConfig.runtimeDir, { recursive: true });
  const logFile = join(localConfig.runtimeDir, 'emulators.log');
  const log = createWriteStream(logFile);
  const firebaseBin = createRequire(import.meta.url).resolve('firebase-tools/lib/bin/firebase.js');
  const only = options.only ?? ['auth', 'firestore', 'functions', 'hosting'];
  // firebase.json as deployed, plus what only the emulators need (loopback sources in the CSP).
  const config = writeEmulatorFirebaseConfig();

  const child = spawn(
    process.execPath,
    [
      firebaseBin,
      'emulators:start',
      '--config',
      config,
      '--project',
      localConfig.projectId,
      '--only',
      only.join(','),
      '--non-interactive',
    ],
    {
      cwd: repoRoot,
      // Own process group, so a Ctrl-C in the terminal reaches only our launcher, which then stops this cleanly.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        // Loading the functions' code to learn what they define is cut off after 10 s by default, which a busy
        // two-core machine running several suites at once exceeds; then no function exists at all.
        FUNCTIONS_DISCOVERY_TIMEOUT: '60',
        ...process.env,
        ...firestore.env,
        NO_UPDATE_NOTIFIER: '1',
        FORCE_COLOR: '0',
      },
    },
  );

  let stopped = false;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // The Firestore emulator's JVM runs in a process group of its own. firebase-tools gives it 4 s to exit after
  // SIGINT and then exits anyway, which on a busy machine leaves it running and holding the ports; so the
  // launcher remembers its pid (from the emulator hub) and makes sure it is gone.
  let firestorePid: number | null = null;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await terminate(child, exited);
    if (firestorePid !== null) await ensureExited(firestorePid);
    log.end();
  };
  onShutdown(stop);
  // Last resort when the launcher exits without stopping (e.g. an uncaught error): no orphaned emulators.
  process.once('exit', () => {
    if (stopped) return;
    for (const target of [child.exitCode === null ? -(child.pid ?? 0) : 0, firestorePid ?? 0]) {
      if (!target) continue;
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });

  try {
    await new Promise<void>((resolve, reject) => {
      let buffered = '';
      const onData = (data: Buffer) => {
        log.write(data);
        buffered += data.toString('utf8');
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          options.onLine?.(line);
          if (line.includes(READY_LINE)) resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('error', reject);
      void exited.then((code) =>
        reject(new Error(`firebase-tools exited with code ${code} before the emulators were ready.`)),
      );
      setTimeout(
        () => reject(new Error(`The emulators were not ready after ${START_TIMEOUT_MS / 1000} s.`)),
        START_TIMEOUT_MS,
      ).unref();
    });
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message} Firestore emulator: ${firestore.description}.\n${tail(logFile, 25)}`);
  }
  firestorePid = await emulatorPid('firestore');
  return { firestore: firestore.description, logFile, stop };
}

async function terminate(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const group = -child.pid;
  try {
    process.kill(group, 'SIGINT');
  } catch {
    return;
  }
  const forced = setTimeout(() => {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 15_000);
  await exited;
  clearTimeout(forced);
}

/** The pid of a JVM-based emulator, as the emulator hub reports it; null when it reports none. */
async function emulatorPid(name: string): Promise<number | null> {
  try {
    const response = await fetch(`http://${localConfig.host}:${localConfig.ports.hub}/emulators`);
    const pid = ((await response.json()) as Record<string, { pid?: number }>)[name]?.pid;
    return pid && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Waits for a process the emulators started to exit; SIGTERM after 5 s, SIGKILL after 10 s. */
async function ensureExited(pid: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let waited = 0; alive() && waited < 10_000; waited += 250) {
    if (waited === 5_000) process.kill(pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (alive()) process.kill(pid, 'SIGKILL');
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
