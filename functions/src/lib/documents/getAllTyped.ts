import type { DocumentReference, DocumentSnapshot, Transaction } from 'firebase-admin/firestore';

export type SnapshotsOf<Refs extends readonly DocumentReference<unknown>[]> = {
  [Index in keyof Refs]: Refs[Index] extends DocumentReference<infer T> ? DocumentSnapshot<T> : never;
};

/**
 * `tx.getAll` for documents of different kinds: one round trip, each snapshot typed as its reference. The
 * SDK reads every document through its own reference's converter and keeps the order; only its typings want
 * one model type for all the references.
 */
export async function getAllTyped<const Refs extends readonly DocumentReference<unknown>[]>(
  tx: Transaction,
  ...refs: Refs
): Promise<SnapshotsOf<Refs>> {
  const snapshots: DocumentSnapshot<unknown>[] = await tx.getAll(...refs);
  return snapshots as SnapshotsOf<Refs>;
}
