import { readFileSync } from 'node:fs';
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { setLogLevel } from 'firebase/firestore';
import { localConfig, repoRoot } from '../../dev/src/localConfig.ts';

/**
 * A rules-unit-testing environment on the Firestore emulator with the repository's `firestore.rules`, in a
 * project of its own (`demo-frontdesk-<name>`), so loading rules and clearing data never touch other tests.
 */
export function rulesTestEnvironment(name: string): Promise<RulesTestEnvironment> {
  setLogLevel('error'); // denied requests are the point here; the SDK would log each one as a warning
  return initializeTestEnvironment({
    projectId: `${localConfig.projectId}-${name}`,
    firestore: {
      rules: readFileSync(`${repoRoot}firestore.rules`, 'utf8'),
      host: localConfig.host,
      port: localConfig.ports.firestore,
    },
  });
}
