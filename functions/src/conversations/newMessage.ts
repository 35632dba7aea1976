import type { Message } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';

type Required = Pick<Message, 'role' | 'text' | 'visitorUid' | 'tenantId' | 'createdAt' | 'expireAt'>;

/**
 * A message document as it is first written: every field the contract names, the ones not given empty.
 * `status` defaults to `done`; a reply about to stream passes `pending` with its lease. Visitors read these
 * documents: what only the team may see (model, usage, reservation, author) goes into the message's meta.
 */
export function newMessage(fields: Required & Partial<Message>): Message {
  return {
    status: 'done',
    errorCode: null,
    leaseExpiresAt: null,
    updatedAt: FieldValue.serverTimestamp(),
    ...fields,
  };
}
