/** A document of the `mail` outbox, in the layout of Firebase's Trigger Email extension. */
export interface OutgoingMail {
  to: string[];
  message: {
    subject: string;
    text: string;
    html: string;
    attachments: Array<{ filename: string; content: string; contentType: string }>;
  };
}
