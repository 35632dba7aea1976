import type { Locale, ReplyErrorCode } from '@frontdesk/contract';
import type { CallFailure } from '../shared/widgetEvents.ts';

/** Reasons only console calls are refused with: the widget never shows them, so it carries no words for them. */
type ConsoleOnlyReason =
  | 'not_a_member'
  | 'role_forbidden'
  | 'not_platform_admin'
  | 'signup_closed'
  | 'last_owner'
  | 'tenant_limit'
  | 'notification_email_not_member'
  | 'url_not_public'
  | 'webhook_not_found'
  | 'knowledge_limit'
  | 'source_not_found'
  | 'confirmation_mismatch';
export type VisitorCallFailure = Exclude<CallFailure, ConsoleOnlyReason>;

/** The words for a refused call. */
export function callErrorText(t: Strings, reason: CallFailure): string {
  return t.callErrors[reason as VisitorCallFailure] ?? t.callErrors.unknown;
}

/** Every string the chat and booking screens show, per shipped language. */
export interface Strings {
  close: string;
  conversation: string;
  newConversation: string;
  messageLabel: string;
  send: string;
  typing: string;
  defaultPlaceholder: string;
  teamMember: string;
  /** Label of the list of sources under a reply. */
  sources: string;
  /** Shown while the business's team, not the AI, answers the conversation. */
  teamAnswers: string;
  retry: string;
  sending: string;
  notSent: string;
  connecting: string;
  connectFailed: string;
  replyFrom: (title: string) => string;
  replyErrors: Record<ReplyErrorCode, string>;
  /** Reasons a visitor's call can be refused; console-only reasons read as `unknown` (see callErrorText). */
  callErrors: Record<VisitorCallFailure, string>;
  retryAfter: (seconds: number) => string;
  /** Booking */
  bookAppointment: string;
  bookingTitle: string;
  chooseDay: string;
  chooseTime: string;
  duration: string;
  service: string;
  minutes: (n: number) => string;
  noSlots: string;
  loadingSlots: string;
  timesInYourZone: (visitorZone: string, businessZone: string) => string;
  timesInZone: (zone: string) => string;
  businessTime: (time: string, zone: string) => string;
  name: string;
  email: string;
  phoneOptional: string;
  notesOptional: string;
  review: string;
  back: string;
  cancel: string;
  confirmTitle: string;
  confirmBooking: string;
  booking: string;
  booked: string;
  bookedWhen: (when: string) => string;
  confirmationMailNote: string;
  /** Confirmation mode: the booking is a request the business answers by mail. */
  requestNote: string;
  sendRequest: string;
  requested: string;
  requestMailNote: string;
  pickAnother: string;
  offeredSlots: string;
  required: string;
  invalidEmail: string;
  invalidField: string;
  phone: string;
  notes: string;
  when: string;
}

const en: Strings = {
  close: 'Close chat',
  conversation: 'Conversation',
  newConversation: 'New conversation',
  messageLabel: 'Message',
  send: 'Send',
  typing: 'Typing…',
  defaultPlaceholder: 'Type your message…',
  teamMember: 'Team member',
  sources: 'Sources',
  teamAnswers: 'You are now chatting with our team.',
  retry: 'Try again',
  sending: 'Sending…',
  notSent: 'Not sent.',
  connecting: 'Connecting…',
  connectFailed: 'The chat could not connect. Check your connection and try again.',
  replyFrom: (title) => `${title} replied:`,
  replyErrors: {
    upstream_error: 'The assistant is unavailable right now.',
    upstream_rate_limited: 'The assistant is very busy right now.',
    timeout: 'The reply took too long.',
    interrupted: 'The reply was interrupted.',
    empty_reply: 'The assistant did not come up with an answer.',
    budget_exhausted: 'The assistant has reached its usage limit for now and could not finish this reply.',
    internal: 'Something went wrong with this reply.',
  },
  callErrors: {
    invalid_input: 'That message could not be sent. Please check it and try again.',
    rate_limited: 'You are sending messages very quickly.',
    budget_exhausted: 'This assistant has reached its limit for this month. Please contact the business directly.',
    daily_budget_exhausted:
      'This assistant has reached its limit for today. Please try again tomorrow or contact the business directly.',
    origin_not_allowed: 'This chat is not enabled on this website.',
    bot_not_found: 'This chat is not available.',
    bot_inactive: 'This chat is switched off at the moment.',
    conversation_forbidden: 'This conversation cannot be continued. Please start a new one.',
    conversation_not_found: 'This conversation no longer exists. Please start a new one.',
    unauthenticated: 'Your session has expired. Please reload the page.',
    appointments_disabled: 'Appointments cannot be booked here at the moment.',
    slot_unavailable: 'That time is no longer available. Please pick another one.',
    slot_taken: 'Someone has just booked that time. Please pick another one.',
    booking_not_found: 'That booking could not be found.',
    booking_state: 'That booking cannot be changed any more.',
    service_not_found: 'That service is not offered any more. Please pick another one.',
    app_check_failed: 'This chat could not verify this page. Please reload the page and try again.',
    model_not_allowed: 'This chat is not available.',
    link_invalid: 'This link is not valid. Please start a new conversation.',
    network: 'No connection. Check your internet connection and try again.',
    unknown: 'Something went wrong. Please try again.',
  },
  retryAfter: (seconds) => `Please wait ${seconds} s and try again.`,
  bookAppointment: 'Book an appointment',
  bookingTitle: 'Book an appointment',
  chooseDay: 'Choose a day',
  chooseTime: 'Choose a time',
  duration: 'Length',
  service: 'Service',
  minutes: (n) => `${n} min`,
  noSlots: 'No free times in the next weeks. Please ask us in the chat.',
  loadingSlots: 'Looking for free times…',
  timesInYourZone: (visitor, business) => `Times in your time zone (${visitor}). The business is in ${business}.`,
  timesInZone: (zone) => `Times in ${zone}.`,
  businessTime: (time, zone) => `${time} in ${zone}`,
  name: 'Name',
  email: 'Email',
  phoneOptional: 'Phone (optional)',
  notesOptional: 'Notes (optional)',
  review: 'Continue',
  back: 'Back',
  cancel: 'Cancel',
  confirmTitle: 'Please check your booking',
  confirmBooking: 'Confirm booking',
  booking: 'Booking…',
  booked: 'Appointment booked',
  bookedWhen: (when) => `Appointment booked for ${when}.`,
  confirmationMailNote: 'A confirmation with a calendar invitation is on its way to your inbox.',
  requestNote: 'This is a request: the time is held for you, but not confirmed until the business answers by mail.',
  sendRequest: 'Send request',
  requested: 'Appointment requested – not confirmed yet',
  requestMailNote: 'The time is held for you. You will get a mail once the business confirms or declines it.',
  pickAnother: 'Pick another time',
  offeredSlots: 'Free times',
  required: 'Please fill this in.',
  invalidEmail: 'Please enter an email address like name@example.com.',
  invalidField: 'Please check this field.',
  phone: 'Phone',
  notes: 'Notes',
  when: 'When',
};

const de: Strings = {
  close: 'Chat schließen',
  conversation: 'Gespräch',
  newConversation: 'Neues Gespräch',
  messageLabel: 'Nachricht',
  send: 'Senden',
  typing: 'Schreibt…',
  defaultPlaceholder: 'Ihre Nachricht…',
  teamMember: 'Teammitglied',
  sources: 'Quellen',
  teamAnswers: 'Sie schreiben jetzt mit unserem Team.',
  retry: 'Erneut versuchen',
  sending: 'Wird gesendet…',
  notSent: 'Nicht gesendet.',
  connecting: 'Verbindung wird hergestellt…',
  connectFailed: 'Der Chat konnte keine Verbindung herstellen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  replyFrom: (title) => `${title} antwortet:`,
  replyErrors: {
    upstream_error: 'Der Assistent ist gerade nicht erreichbar.',
    upstream_rate_limited: 'Der Assistent ist gerade sehr beschäftigt.',
    timeout: 'Die Antwort hat zu lange gedauert.',
    interrupted: 'Die Antwort wurde unterbrochen.',
    empty_reply: 'Der Assistent hat keine Antwort gefunden.',
    budget_exhausted: 'Der Assistent hat sein Nutzungslimit vorerst erreicht und konnte diese Antwort nicht beenden.',
    internal: 'Bei dieser Antwort ist etwas schiefgegangen.',
  },
  callErrors: {
    invalid_input: 'Die Nachricht konnte nicht gesendet werden. Bitte prüfen Sie sie und versuchen Sie es erneut.',
    rate_limited: 'Sie senden sehr schnell viele Nachrichten.',
    budget_exhausted:
      'Dieser Assistent hat sein Limit für diesen Monat erreicht. Bitte wenden Sie sich direkt an das Unternehmen.',
    daily_budget_exhausted:
      'Dieser Assistent hat sein Limit für heute erreicht. Bitte versuchen Sie es morgen wieder oder wenden Sie sich direkt an das Unternehmen.',
    origin_not_allowed: 'Dieser Chat ist auf dieser Website nicht freigeschaltet.',
    bot_not_found: 'Dieser Chat ist nicht verfügbar.',
    bot_inactive: 'Dieser Chat ist gerade ausgeschaltet.',
    conversation_forbidden: 'Dieses Gespräch kann nicht fortgesetzt werden. Bitte beginnen Sie ein neues.',
    conversation_not_found: 'Dieses Gespräch gibt es nicht mehr. Bitte beginnen Sie ein neues.',
    unauthenticated: 'Ihre Sitzung ist abgelaufen. Bitte laden Sie die Seite neu.',
    appointments_disabled: 'Termine können hier gerade nicht gebucht werden.',
    slot_unavailable: 'Diese Zeit ist nicht mehr frei. Bitte wählen Sie eine andere.',
    slot_taken: 'Diese Zeit wurde gerade von jemand anderem gebucht. Bitte wählen Sie eine andere.',
    booking_not_found: 'Diese Buchung wurde nicht gefunden.',
    booking_state: 'Diese Buchung lässt sich nicht mehr ändern.',
    service_not_found: 'Diese Leistung wird nicht mehr angeboten. Bitte wählen Sie eine andere.',
    app_check_failed:
      'Der Chat konnte diese Seite nicht überprüfen. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
    model_not_allowed: 'Dieser Chat ist nicht verfügbar.',
    link_invalid: 'Dieser Link ist ungültig. Bitte beginnen Sie ein neues Gespräch.',
    network: 'Keine Verbindung. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    unknown: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
  },
  retryAfter: (seconds) => `Bitte warten Sie ${seconds} s und versuchen Sie es dann erneut.`,
  bookAppointment: 'Termin buchen',
  bookingTitle: 'Termin buchen',
  chooseDay: 'Tag wählen',
  chooseTime: 'Uhrzeit wählen',
  duration: 'Dauer',
  service: 'Leistung',
  minutes: (n) => `${n} Min.`,
  noSlots: 'In den nächsten Wochen ist nichts frei. Fragen Sie uns gern im Chat.',
  loadingSlots: 'Freie Zeiten werden gesucht…',
  timesInYourZone: (visitor, business) => `Zeiten in Ihrer Zeitzone (${visitor}). Das Unternehmen ist in ${business}.`,
  timesInZone: (zone) => `Zeiten in ${zone}.`,
  businessTime: (time, zone) => `${time} in ${zone}`,
  name: 'Name',
  email: 'E-Mail',
  phoneOptional: 'Telefon (optional)',
  notesOptional: 'Anmerkungen (optional)',
  review: 'Weiter',
  back: 'Zurück',
  cancel: 'Abbrechen',
  confirmTitle: 'Bitte prüfen Sie Ihre Buchung',
  confirmBooking: 'Verbindlich buchen',
  booking: 'Wird gebucht…',
  booked: 'Termin gebucht',
  bookedWhen: (when) => `Termin gebucht für ${when}.`,
  confirmationMailNote: 'Eine Bestätigung mit Kalendereinladung ist auf dem Weg in Ihr Postfach.',
  requestNote:
    'Dies ist eine Anfrage: Die Zeit ist für Sie reserviert, aber erst bestätigt, wenn das Unternehmen per E-Mail antwortet.',
  sendRequest: 'Anfrage senden',
  requested: 'Termin angefragt – noch nicht bestätigt',
  requestMailNote:
    'Die Zeit ist für Sie reserviert. Sie erhalten eine E-Mail, sobald das Unternehmen bestätigt oder absagt.',
  pickAnother: 'Andere Zeit wählen',
  offeredSlots: 'Freie Zeiten',
  required: 'Bitte ausfüllen.',
  invalidEmail: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  invalidField: 'Bitte prüfen Sie dieses Feld.',
  phone: 'Telefon',
  notes: 'Anmerkungen',
  when: 'Wann',
};

export const strings: Record<Locale, Strings> = { en, de };
