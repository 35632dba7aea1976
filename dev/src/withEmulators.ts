/**
 * `tsx dev/src/withEmulators.ts [--only auth,firestore] <command…>`: starts the emulators (all, or those named)
 * with the fake model server and the mail catcher, runs the command with the emulator variables set, stops
 * everything and exits with the command's code.
 */
import { spawn } from 'node:child_process';
import { emulatorEnv, urls } from './localConfig.ts';
import { startBackend } from './startBackend.ts';

const argv = process.argv.slice(2);
const only = argv[0] === '--only' ? argv.splice(0, 2)[1]?.split(',') : undefined;
const [command, ...args] = argv;
if (!command) {
  console.error('usage: withEmulators <command> [args…]');
  process.exit(2);
}

const startedAt = Date.now();
// Tests of stalled streams should not wait the production idle timeout of 30 s. Visitor calls must carry an
// App Check token, as the widget's emulator build and tests/support/callFunction.ts send.
const TEST_PARAMS = {
  STREAM_IDLE_TIMEOUT_SECONDS: 2,
  CONNECT_TIMEOUT_SECONDS: 5,
  APP_CHECK: 'enforce',
  // A slow webhook endpoint is cut off after 2 s, not the production 10.
  WEBHOOK_TIMEOUT_SECONDS: 2,
};
const backend = await startBackend({ params: TEST_PARAMS, only }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(
  `Emulators ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (Firestore: ${backend.emulators.firestore}).`,
);

const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, ...emulatorEnv(), FAKE_MODEL_URL: urls.fakeModel, MAIL_CATCHER_URL: urls.mailViewer },
});
const code = await new Promise<number>((resolve) => child.once('exit', (exitCode) => resolve(exitCode ?? 1)));
await backend.stop();
process.exit(code);
