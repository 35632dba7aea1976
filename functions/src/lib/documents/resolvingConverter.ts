import type { DocumentData, FirestoreDataConverter } from 'firebase-admin/firestore';

/**
 * A Firestore converter for documents read with defaults (a bot's settings, its availability): `resolve`
 * keeps each valid stored field and gives every missing or invalid one its default, so such a document
 * never fails a visitor's request. A document that does not exist reads as undefined, as with any converter.
 */
export function resolvingConverter<T extends DocumentData>(resolve: (stored: unknown) => T): FirestoreDataConverter<T> {
  return {
    toFirestore: (document: DocumentData) => document,
    fromFirestore: (snapshot) => resolve(snapshot.data()),
  };
}
