import type { MessageAttachment, MessageRole } from '@frontdesk/contract';

export interface PromptMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface HistoryEntry {
  role: MessageRole;
  text: string;
  attachments?: MessageAttachment[];
}

export interface BotFacts {
  name: string;
  /** IANA zone; the model is told today's date and time there. */
  timezone: string;
  appointmentsEnabled: boolean;
}

/**
 * How much conversation the model sees: the newest messages, at most `maxMessages` and `maxChars`
 * characters (about 4 characters a token, so the defaults stay near 3,000 tokens of history). The newest
 * visitor message is always included; older ones drop out first.
 */
export interface HistoryBudget {
  maxMessages: number;
  maxChars: number;
}

export const DEFAULT_HISTORY_BUDGET: HistoryBudget = { maxMessages: 30, maxChars: 12_000 };

export const DEFAULT_SYSTEM_PROMPT =
  'You are the friendly front desk of a business website. Answer briefly and helpfully.';

export interface PromptInput {
  systemPrompt: string;
  bot: BotFacts;
  now: Date;
  /** Oldest first; the last entry is the message being answered. */
  history: HistoryEntry[];
  budget?: HistoryBudget;
}

/** The Chat Completions messages for one reply: instructions, facts about the bot, then recent history. */
export function buildPrompt(input: PromptInput): PromptMessage[] {
  const system = input.systemPrompt.trim() || DEFAULT_SYSTEM_PROMPT;
  return [
    { role: 'system', content: `${system}\n\n${describeFacts(input.bot, input.now)}` },
    ...historyWindow(input.history, input.budget ?? DEFAULT_HISTORY_BUDGET).map(
      (entry): PromptMessage => ({
        role: entry.role === 'visitor' ? 'user' : 'assistant',
        content: [entry.text, ...describeBookings(entry.attachments ?? [])].join(' '),
      }),
    ),
  ];
}

export function describeFacts(bot: BotFacts, now: Date): string {
  const local = new Intl.DateTimeFormat('en-US', {
    timeZone: bot.timezone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return [
    `Facts: you are the assistant of "${bot.name}".`,
    `It is now ${local} in the business's timezone (${bot.timezone}).`,
    bot.appointmentsEnabled
      ? 'Visitors can book appointments in this chat: look up free times with find_available_slots, and call book_appointment only after the visitor has confirmed the time, their name and their email.'
      : 'Booking appointments is not available in this chat; do not promise bookings.',
  ].join(' ');
}

/**
 * A booking a message carries, in words the model reads in later turns (a booking made by clicking says
 * only "booked" in its text).
 */
export function describeBookings(attachments: MessageAttachment[]): string[] {
  return attachments.flatMap((attachment) => {
    if (attachment.kind !== 'booking') return [];
    const format = (iso: string, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-US', { timeZone: attachment.timezone, hourCycle: 'h23', ...options }).format(
        Date.parse(iso),
      );
    const day = format(attachment.start, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    const time = { hour: '2-digit', minute: '2-digit' } as const;
    return [
      `(Booked: ${day}, ${format(attachment.start, time)}–${format(attachment.end, time)} in ${attachment.timezone}; booking id ${attachment.bookingId}.)`,
    ];
  });
}

/** The newest non-empty entries that fit the budget, oldest first. */
export function historyWindow(history: HistoryEntry[], budget: HistoryBudget): HistoryEntry[] {
  const kept: HistoryEntry[] = [];
  let chars = 0;
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const entry = history[index] as HistoryEntry;
    if (entry.text.trim() === '') continue;
    const fits = kept.length < budget.maxMessages && chars + entry.text.length <= budget.maxChars;
    if (!fits && kept.length > 0) break;
    kept.push(entry);
    chars += entry.text.length;
  }
  return kept.reverse();
}
