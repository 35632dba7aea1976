/** A document of the `mail` outbox as it is sent; its shape lives in the contract with the outbox's schema. */
export type { OutgoingMail } from '@frontdesk/contract';
