/**
 * `npm test`: lint, type-check, unit tests, an emulator build, the widget's size budgets, then the integration, rules and browser
 * tests against the emulators. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { repoRoot } from './localConfig.ts';

const reports = ['unit', 'emulated'].map((name) => `${repoRoot}test-results/${name}.json`);
for (const report of reports) rmSync(report, { force: true });

const steps: Array<[string, string[]]> = [
  ['lint', ['run', '--silent', 'lint']],
  ['typecheck', ['run', '--silent', 'typecheck']],
  ['unit tests', ['run', '--silent', 'test:unit']],
  ['build for the emulators', ['run', '--silent', 'build:emulator']],
  ['widget size budgets', ['run', '--silent', 'size:widget']],
  ['integration, rules and browser tests', ['run', '--silent', 'test:emulated']],
];

for (const [name, args] of steps) {
  const startedAt = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync('npm', args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
}

const totals = reports
  .map((report) => JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number })
  .reduce(
    (sum, report) => ({ passed: sum.passed + report.numPassedTests, failed: sum.failed + report.numFailedTests }),
    {
      passed: 0,
      failed: 0,
    },
  );
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
