/**
 * Every mail and page text in English, by key (`area.what`). `{name}` placeholders are filled by `mailText`;
 * values are plain text, escaped by whoever puts them into HTML. German is in de.ts with the same keys.
 */
export const en = {
  'common.footer': 'Sent by Frontdesk for {business}.',

  'notification.conversationCreated.subject': 'New conversation on {bot}',
  'notification.conversationCreated.intro': 'A visitor started a conversation on {bot}.',
  'notification.handoffRequested.subject': 'A visitor on {bot} is waiting for a person',
  'notification.handoffRequested.intro': 'A visitor on {bot} asked to talk to a person and is waiting for your answer.',
  'notification.bookingCreated.subject': 'New booking on {bot}: {when}',
  'notification.bookingCreated.intro': 'A visitor booked {when} on {bot}.',
  'notification.bookingCancelled.subject': 'Booking cancelled on {bot}: {when}',
  'notification.bookingCancelled.intro': 'The booking for {when} on {bot} was cancelled.',
  'notification.latest': 'Latest message: “{preview}”',
  'notification.page': 'Page: {page}',
  'notification.open': 'Open in the console',
  'notification.grouped': 'Further activity in the next {minutes} minutes is not mailed separately.',
  'notification.unsubscribe': 'Stop these mails for {bot}',

  'followUp.subject': 'A reply from {business}',
  'followUp.intro': '{business} answered your message:',
  'followUp.open': 'Continue the conversation',
  'followUp.why':
    'You get this mail because you left your address in the chat on {site} and agreed to be answered by mail.',

  'invitation.subject': 'Join {tenant} on Frontdesk',
  'invitation.intro': 'You are invited to join {tenant} on Frontdesk as {role}.',
  'invitation.howToJoin': 'Open {console} and sign in with this email address ({email}); you join the team at once.',
  'invitation.console': 'the console',
  'invitation.role.owner': 'an owner (everything, including the team)',
  'invitation.role.admin': 'an admin (bots, settings, conversations, bookings, data)',
  'invitation.role.agent': 'an agent (conversations and bookings)',

  'unsubscribePage.title': 'Mail notifications',
  'unsubscribePage.confirm': 'Stop mails about “{kind}” for {bot}?',
  'unsubscribePage.button': 'Unsubscribe',
  'unsubscribePage.done':
    'Done: you no longer get mails about “{kind}” for {bot}. You can turn them on again in the console.',
  'unsubscribePage.invalid': 'This link is not valid. Change your notifications in the console.',
  'unsubscribePage.kind.conversationCreated': 'new conversations',
  'unsubscribePage.kind.handoffRequested': 'visitors waiting for a person',
  'unsubscribePage.kind.bookingCreated': 'new bookings',
  'unsubscribePage.kind.bookingCancelled': 'cancelled bookings',
};
export type MailStringKey = keyof typeof en;
