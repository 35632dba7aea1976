import type { Message } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';

type Required = Pick<Message, 'role' | 'text' | 'visitorUid' | 'tenantId' | 'createdAt' | 'expireAt'>;

/**
 * A message document as it is first written: every field the contract names, the ones not given empty.
 * `status` defaults to `done`; a reply about to stream passes `pending` with its lease and reservation.
 */
export function newMessage(fields: Required & Partial<Message>): Message {
  return {
    status: 'done',
    errorCode: null,
    model: null,
    usage: null,
    timing: null,
    leaseExpiresAt: null,
    authorUid: null,
    updatedAt: FieldValue.serverTimestamp(),
    ...fields,
  };
}
