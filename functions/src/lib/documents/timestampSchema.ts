import { Timestamp } from 'firebase-admin/firestore';
import { z } from 'zod';

/**
 * A Firestore time as the admin SDK reads it. The contract leaves times `unknown` (the admin and web SDKs
 * have different classes); a function that computes with one reads it through this.
 */
export const timestampSchema = z.instanceof(Timestamp);
