import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { localConfig, repoRoot, urls } from '../../dev/src/localConfig.ts';
import { emulatorAppCheckToken } from '../support/appCheckToken.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { seedBot } from '../support/seedBot.ts';

/** `npm run smoke` against the emulators: the Hosting emulator stands in for the deployed site. */
const { host, ports } = localConfig;
const emulatorOptions = [
  '--firestore',
  `http://${host}:${ports.firestore}`,
  '--auth',
  `http://${host}:${ports.auth}/identitytoolkit.googleapis.com`,
  '--functions',
  urls.functions,
];

function smoke(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'dev/src/smoke/smoke.ts', urls.hosting, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: run.status, output: run.stdout + run.stderr };
}

describe('npm run smoke', () => {
  it('passes health, the widget and its chunks, the bot document and a chat round trip, reading the project from the site', async () => {
    const botId = await seedBot();
    await fakeModel.script({ match: 'Smoke test', text: 'Fine.' });
    const { code, output } = smoke([
      '--bot',
      botId,
      '--chat',
      '--app-check-token',
      emulatorAppCheckToken(),
      ...emulatorOptions,
    ]);
    expect(output).toMatch(/PASS {2}health +HTTP 200/);
    expect(output).toMatch(/PASS {2}widget loader/);
    expect(output).toMatch(/PASS {2}chunk frontdesk-chat-\w+\.js/);
    expect(output).toMatch(/PASS {2}chunk frontdesk-shared-\w+\.js/);
    expect(output).toMatch(/PASS {2}bot public document +HTTP 200, \d+ ms, active/);
    expect(output).toMatch(/PASS {2}chat round trip +reply done/);
    expect(output).not.toContain('FAIL');
    expect(code).toBe(0);
  });

  it('fails with a non-zero exit when a check fails', () => {
    const { code, output } = smoke(['--bot', 'no-such-bot', ...emulatorOptions]);
    expect(output).toMatch(/FAIL {2}bot public document +HTTP 404/);
    expect(output).toContain('1 of');
    expect(code).toBe(1);
  });
});
