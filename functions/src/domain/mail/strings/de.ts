import type { en } from './en.ts';

/** The German mail and page texts, key for key as en.ts. */
export const de: Record<keyof typeof en, string> = {
  'common.footer': 'Gesendet von Frontdesk für {business}.',

  'notification.conversationCreated.subject': 'Neues Gespräch auf {bot}',
  'notification.conversationCreated.intro': 'Ein Besucher hat auf {bot} ein Gespräch begonnen.',
  'notification.handoffRequested.subject': 'Ein Besucher auf {bot} wartet auf eine Person',
  'notification.handoffRequested.intro':
    'Ein Besucher auf {bot} möchte mit einer Person sprechen und wartet auf Ihre Antwort.',
  'notification.bookingCreated.subject': 'Neue Buchung auf {bot}: {when}',
  'notification.bookingCreated.intro': 'Ein Besucher hat {when} auf {bot} gebucht.',
  'notification.bookingCancelled.subject': 'Buchung storniert auf {bot}: {when}',
  'notification.bookingCancelled.intro': 'Die Buchung für {when} auf {bot} wurde storniert.',
  'notification.latest': 'Letzte Nachricht: „{preview}“',
  'notification.page': 'Seite: {page}',
  'notification.open': 'In der Konsole öffnen',
  'notification.grouped': 'Weitere Aktivität in den nächsten {minutes} Minuten wird nicht einzeln gemeldet.',
  'notification.unsubscribe': 'Diese Mails für {bot} abbestellen',

  'followUp.subject': 'Eine Antwort von {business}',
  'followUp.intro': '{business} hat auf Ihre Nachricht geantwortet:',
  'followUp.open': 'Gespräch fortsetzen',
  'followUp.why':
    'Sie erhalten diese Mail, weil Sie im Chat auf {site} Ihre Adresse hinterlassen und einer Antwort per Mail zugestimmt haben.',

  'invitation.subject': 'Treten Sie {tenant} auf Frontdesk bei',
  'invitation.intro': 'Sie sind eingeladen, {tenant} auf Frontdesk als {role} beizutreten.',
  'invitation.howToJoin':
    'Öffnen Sie {console} und melden Sie sich mit dieser E-Mail-Adresse ({email}) an; Sie gehören dann sofort zum Team.',
  'invitation.console': 'die Konsole',
  'invitation.role.owner': 'Inhaber (alles, auch das Team)',
  'invitation.role.admin': 'Admin (Bots, Einstellungen, Gespräche, Buchungen, Daten)',
  'invitation.role.agent': 'Agent (Gespräche und Buchungen)',

  'unsubscribePage.title': 'Mail-Benachrichtigungen',
  'unsubscribePage.confirm': 'Mails zu „{kind}“ für {bot} abbestellen?',
  'unsubscribePage.button': 'Abbestellen',
  'unsubscribePage.done':
    'Erledigt: Sie erhalten keine Mails zu „{kind}“ für {bot} mehr. In der Konsole können Sie sie wieder einschalten.',
  'unsubscribePage.invalid': 'Dieser Link ist ungültig. Ändern Sie Ihre Benachrichtigungen in der Konsole.',
  'unsubscribePage.kind.conversationCreated': 'neuen Gesprächen',
  'unsubscribePage.kind.handoffRequested': 'Besuchern, die auf eine Person warten',
  'unsubscribePage.kind.bookingCreated': 'neuen Buchungen',
  'unsubscribePage.kind.bookingCancelled': 'stornierten Buchungen',
};
