import type { CollectionReference, DocumentData, Firestore } from 'firebase-admin/firestore';

/**
 * Every document in the emulator, by path, with its data: each collection is read whole, and
 * `listDocuments` also finds documents that exist only as parents of subcollections (with `null` data).
 */
export async function allDocuments(firestore: Firestore): Promise<Map<string, DocumentData | null>> {
  const found = new Map<string, DocumentData | null>();
  const visit = async (collection: CollectionReference): Promise<void> => {
    const [snapshot, refs] = await Promise.all([collection.get(), collection.listDocuments()]);
    for (const doc of snapshot.docs) found.set(doc.ref.path, doc.data());
    for (const ref of refs) if (!found.has(ref.path)) found.set(ref.path, null);
    await Promise.all(refs.map(async (ref) => Promise.all((await ref.listCollections()).map(visit))));
  };
  await Promise.all((await firestore.listCollections()).map(visit));
  return found;
}
