import { defineConfig } from 'vitest/config';

/**
 * unit: pure code, no emulators. integration, rules, browser: need the emulators, so `npm test` runs them
 * inside dev/src/withEmulators.ts. They run one file at a time: they share one set of emulators.
 * `expect.poll` is the one way these tests wait for state that arrives over the emulators (a listener, a
 * trigger, a mail); its default of 1 s is shorter than a busy machine sometimes needs, so those projects
 * wait up to 20 s.
 */
const waitForEmulatedState = { poll: { timeout: 20_000 } };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{contract,calendar,markdown,functions,widget,console,dev}/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          expect: waitForEmulatedState,
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'rules',
          expect: waitForEmulatedState,
          include: ['tests/rules/**/*.test.ts'],
          testTimeout: 30_000,
          // Seeding the matrix (one document per collection) outlasts 10 s on a busy machine.
          hookTimeout: 30_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          expect: waitForEmulatedState,
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
