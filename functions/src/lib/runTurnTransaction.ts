import type { Transaction } from 'firebase-admin/firestore';
import { db } from './admin.ts';

const INVALID_ARGUMENT = 3;
const ATTEMPTS = 3;

/**
 * `db.runTransaction` for the transactions many first messages run at once over the same budget shards. Firestore
 * answers lock contention with ABORTED, which the SDK retries; the emulator, which locks pessimistically, can
 * instead close a transaction that waited too long and answer its next read INVALID_ARGUMENT ("transaction is
 * invalid or closed"), which the SDK does not retry. Nothing of such a transaction was committed, so it is run
 * again, a few times, after a short random pause.
 */
export async function runTurnTransaction<T>(update: (tx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.runTransaction(update);
    } catch (error) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      const closed = code === INVALID_ARGUMENT && /transaction/i.test(String(message));
      if (!closed || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}
