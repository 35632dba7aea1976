import type { Locale } from '@frontdesk/contract';

/** The hand-off card's words; loaded with the card, so they weigh nothing on opening the chat. */
export const handoffStrings: Record<
  Locale,
  {
    title: string;
    typing: string;
    intro: string;
    waitingIntro: string;
    emailOptional: string;
    consent: string;
    consentNeeded: string;
    invalidEmail: string;
    submit: string;
    saveEmail: string;
    cancel: string;
    sending: string;
    openNow: string;
    closedUntil: (when: string) => string;
    closed: string;
    mailNote: (email: string) => string;
    failed: string;
  }
> = {
  en: {
    title: 'Talk to a person',
    typing: 'A team member is typing…',
    intro: 'We will ask our team to take over this conversation.',
    waitingIntro: 'Our team has been asked to answer you here.',
    emailOptional: 'Email (optional, if you cannot wait)',
    consent: 'The team may answer me by email at this address.',
    consentNeeded: 'Please agree to be answered by email, or leave the field empty.',
    invalidEmail: 'Please enter an email address like name@example.com.',
    submit: 'Ask for a person',
    saveEmail: 'Save my email',
    cancel: 'Cancel',
    sending: 'Sending…',
    openNow: 'The team has been told and will answer here shortly.',
    closedUntil: (when) => `We are closed now; the team answers from ${when}.`,
    closed: 'We are closed now; the team will answer as soon as it is back.',
    mailNote: (email) => `If you have left by then, the answer goes to ${email}.`,
    failed: 'That did not work. Please try again.',
  },
  de: {
    title: 'Mit einer Person sprechen',
    typing: 'Jemand aus dem Team schreibt…',
    intro: 'Wir bitten unser Team, dieses Gespräch zu übernehmen.',
    waitingIntro: 'Unser Team wurde gebeten, Ihnen hier zu antworten.',
    emailOptional: 'E-Mail (optional, falls Sie nicht warten können)',
    consent: 'Das Team darf mir an diese Adresse per E-Mail antworten.',
    consentNeeded: 'Bitte stimmen Sie einer Antwort per E-Mail zu oder lassen Sie das Feld leer.',
    invalidEmail: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    submit: 'Person anfragen',
    saveEmail: 'E-Mail speichern',
    cancel: 'Abbrechen',
    sending: 'Wird gesendet…',
    openNow: 'Das Team ist informiert und antwortet Ihnen hier in Kürze.',
    closedUntil: (when) => `Wir haben gerade geschlossen; das Team antwortet ab ${when}.`,
    closed: 'Wir haben gerade geschlossen; das Team antwortet, sobald es wieder da ist.',
    mailNote: (email) => `Sind Sie dann nicht mehr hier, geht die Antwort an ${email}.`,
    failed: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  },
};
