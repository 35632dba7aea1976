import type { DocumentSnapshot } from 'firebase-admin/firestore';

/** The data of a document that must exist (checked against its schema by the reference's converter). */
export function requireData<T>(snapshot: DocumentSnapshot<T>): T {
  const data = snapshot.data();
  if (data === undefined) throw new Error(`Document ${snapshot.ref.path} does not exist`);
  return data;
}
