import { csvField } from '@frontdesk/contract';

/** What one CSV row of a conversations export says: a message, with its conversation's context. */
export interface ConversationCsvRow {
  conversationId: string;
  conversationCreatedAt: string;
  status: string;
  visitorEmail: string;
  pageUrl: string;
  language: string;
  messageId: string;
  messageCreatedAt: string;
  role: string;
  text: string;
}

const columns: (keyof ConversationCsvRow)[] = [
  'conversationId',
  'conversationCreatedAt',
  'status',
  'visitorEmail',
  'pageUrl',
  'language',
  'messageId',
  'messageCreatedAt',
  'role',
  'text',
];

/** Messages as CSV, one row each (RFC 4180, CRLF), every field formula-safe. */
export function conversationsCsv(rows: ConversationCsvRow[]): string {
  return [columns.join(','), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(','))]
    .map((line) => `${line}\r\n`)
    .join('');
}
