import { formatZodError } from '@frontdesk/contract';
import type { DocumentData, FirestoreDataConverter } from 'firebase-admin/firestore';
import type { z } from 'zod';

/**
 * A Firestore converter that checks every document read against `schema`, so a document of the wrong shape
 * is reported where it is read, with its path and each problem, instead of failing calls later. `data()`
 * returns the document as stored, not zod's parse of it: fields the schema does not list (at any depth) and
 * values a transform would change are kept, so exports and read-modify-write lose nothing. Writes pass
 * through as they are; their shape is checked by the compiler.
 */
export function schemaConverter<Schema extends z.ZodType<DocumentData>>(
  schema: Schema,
): FirestoreDataConverter<z.output<Schema>> {
  return {
    toFirestore: (document: DocumentData) => document,
    fromFirestore: (snapshot) => {
      const stored = snapshot.data();
      const checked = schema.safeParse(stored);
      if (!checked.success) {
        throw new Error(`Document ${snapshot.ref.path} has the wrong shape: ${formatZodError(checked.error)}`);
      }
      // What was checked is what is returned; the schema's own output may leave fields out.
      return stored as z.output<Schema>;
    },
  };
}
