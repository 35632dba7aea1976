import { randomUUID } from 'node:crypto';

/** A unique id, so tests never see each other's documents. */
export const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
