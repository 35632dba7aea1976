import { paths } from '@frontdesk/contract';
import { db } from '../admin.ts';
import { converters } from './converters.ts';

/**
 * Typed references to the documents the functions read and write: every read is checked against its
 * document's schema (see schemaConverter), every write against its type.
 */
export const refs = {
  tenants: () => db.collection('tenants').withConverter(converters.tenant),
  tenant: (tenantId: string) => db.doc(paths.tenant(tenantId)).withConverter(converters.tenant),
  invite: (tenantId: string, email: string) =>
    db.doc(`${paths.invites(tenantId)}/${email}`).withConverter(converters.invite),
  /** Invitations of every tenant (a collection group). */
  allInvites: () => db.collectionGroup('invites').withConverter(converters.invite),
  bots: () => db.collection('bots').withConverter(converters.bot),
  bot: (botId: string) => db.doc(paths.bot(botId)).withConverter(converters.bot),
  botSettings: (botId: string) => db.doc(paths.botSettings(botId)).withConverter(converters.botSettings),
  availability: (botId: string) => db.doc(paths.availability(botId)).withConverter(converters.availability),
  conversations: (botId: string) => db.collection(paths.conversations(botId)).withConverter(converters.conversation),
  conversation: (botId: string, conversationId: string) =>
    db.doc(paths.conversation(botId, conversationId)).withConverter(converters.conversation),
  messages: (botId: string, conversationId: string) =>
    db.collection(paths.messages(botId, conversationId)).withConverter(converters.message),
  message: (botId: string, conversationId: string, messageId: string) =>
    db.doc(`${paths.messages(botId, conversationId)}/${messageId}`).withConverter(converters.message),
  /** The team's part of a message (model, usage, reservation, author), by the message's id. */
  messageMeta: (botId: string, conversationId: string, messageId: string) =>
    db.doc(`${paths.messageMeta(botId, conversationId)}/${messageId}`).withConverter(converters.messageMeta),
  messageMetas: (botId: string, conversationId: string) =>
    db.collection(paths.messageMeta(botId, conversationId)).withConverter(converters.messageMeta),
  /** Bookings of every bot (a collection group), for the reminder and expiry sweeps. */
  allBookings: () => db.collectionGroup('bookings').withConverter(converters.booking),
  bookings: (botId: string) => db.collection(paths.bookings(botId)).withConverter(converters.booking),
  booking: (botId: string, bookingId: string) =>
    db.doc(`${paths.bookings(botId)}/${bookingId}`).withConverter(converters.booking),
  slotUnit: (botId: string, unitId: string) =>
    db.doc(`${paths.slotUnits(botId)}/${unitId}`).withConverter(converters.slotUnit),
  /** A new outbox mail, with an id of its own. */
  newMail: () => db.collection(paths.mail()).doc().withConverter(converters.mail),
  events: () => db.collection(paths.events()).withConverter(converters.event),
  event: (eventId: string) => db.doc(`${paths.events()}/${eventId}`).withConverter(converters.event),
  webhooks: (tenantId: string) => db.collection(paths.webhooks(tenantId)).withConverter(converters.webhookEndpoint),
  webhook: (tenantId: string, endpointId: string) =>
    db.doc(`${paths.webhooks(tenantId)}/${endpointId}`).withConverter(converters.webhookEndpoint),
  webhookDelivery: (tenantId: string, deliveryId: string) =>
    db.doc(`${paths.webhookDeliveries(tenantId)}/${deliveryId}`).withConverter(converters.webhookDelivery),
  notificationPrefs: (tenantId: string) =>
    db.collection(paths.notificationPrefs(tenantId)).withConverter(converters.notificationPrefs),
  notificationClaim: (tenantId: string, claimId: string) =>
    db.doc(`${paths.notificationClaims(tenantId)}/${claimId}`).withConverter(converters.notificationClaim),
  presence: (botId: string, conversationId: string, who: 'visitor' | 'team') =>
    db.doc(paths.presence(botId, conversationId, who)),
  budgetMonths: (tenantId: string) => db.collection(paths.budgetMonths(tenantId)).withConverter(converters.budgetMonth),
  rateLimitCounter: (counterId: string) =>
    db.doc(`${paths.rateLimits()}/${counterId}`).withConverter(converters.rateLimitCounter),
  /** A server-only random secret of the project (see projectSecret). */
  systemSecret: (name: string) => db.doc(paths.system(name)).withConverter(converters.ipSalt),
  calendarFeed: (botId: string) => db.doc(paths.calendarFeed(botId)).withConverter(converters.calendarFeed),
  knowledgeSources: (botId: string) =>
    db.collection(paths.knowledgeSources(botId)).withConverter(converters.knowledgeSource),
  knowledgeSource: (botId: string, sourceId: string) =>
    db.doc(`${paths.knowledgeSources(botId)}/${sourceId}`).withConverter(converters.knowledgeSource),
  /** Passages with their `embedding` vectors: written raw, read by findNearest with the fields a prompt needs. */
  knowledgePassages: (botId: string) => db.collection(paths.knowledgePassages(botId)),
  unansweredQuestion: (botId: string, id: string) =>
    db.doc(`${paths.unansweredQuestions(botId)}/${id}`).withConverter(converters.unansweredQuestion),
  apiKeys: () => db.collection(paths.apiKeys()).withConverter(converters.apiKey),
  apiKey: (keyId: string) => db.doc(`${paths.apiKeys()}/${keyId}`).withConverter(converters.apiKey),
  apiKeySecret: (keyId: string) => db.doc(`${paths.apiKeySecrets()}/${keyId}`).withConverter(converters.apiKeySecret),
};
