import { describe, expect, it } from 'vitest';
import {
  type BotFacts,
  buildPrompt,
  DEFAULT_SYSTEM_PROMPT,
  describeFacts,
  historyWindow,
  withKnowledge,
} from './buildPrompt.ts';

const bot: BotFacts = { name: 'Demo Dental', timezone: 'Europe/Berlin', appointmentsEnabled: true };
// 2026-03-29 00:30 UTC is 01:30 in Berlin, half an hour before the change to summer time.
const now = new Date('2026-03-29T00:30:00Z');

describe('buildPrompt', () => {
  it('puts instructions and facts first and maps roles to Chat Completions roles', () => {
    const prompt = buildPrompt({
      systemPrompt: 'Be kind.',
      bot,
      now,
      history: [
        { role: 'visitor', text: 'Hi' },
        { role: 'assistant', text: 'Hello!' },
        { role: 'agent', text: 'A human here.' },
      ],
    });
    expect(prompt[0]?.role).toBe('system');
    expect(prompt[0]?.content.startsWith('Be kind.\n\nFacts: you are the assistant of "Demo Dental".')).toBe(true);
    expect(prompt.slice(1)).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello!' },
      { role: 'assistant', content: 'A human here.' },
    ]);
  });

  it('puts the knowledge passages, numbered with their sources, after the facts, with the rule to cite them', () => {
    const passage = {
      sourceId: 's1',
      title: 'Parking',
      url: 'https://dental.example/parking',
      text: 'Park behind the house.',
      distance: 0.2,
      ref: 1,
    };
    const prompt = buildPrompt({
      systemPrompt: 'Be kind.',
      bot,
      now,
      history: [{ role: 'visitor', text: 'Parking?' }],
    });
    const [system, question] = withKnowledge(prompt, [passage]);
    expect(question).toEqual({ role: 'user', content: 'Parking?' });
    expect(system?.content).toMatch(/cite it by its number in square brackets, like \[1\]/);
    expect(system?.content.endsWith('[1] Parking (https://dental.example/parking)\nPark behind the house.')).toBe(true);
    const [unmatched] = withKnowledge(prompt, []);
    expect(unmatched?.content).toMatch(/nothing in the business's knowledge matches this question/);
  });

  it('tells the model about a booking a message carries, in the business timezone', () => {
    const prompt = buildPrompt({
      systemPrompt: '',
      bot,
      now,
      history: [
        {
          role: 'assistant',
          text: 'Your appointment is booked.',
          attachments: [
            {
              kind: 'booking',
              bookingId: 'b-1',
              start: '2026-03-30T08:00:00.000Z',
              end: '2026-03-30T08:30:00.000Z',
              timezone: 'Europe/Berlin',
            },
            { kind: 'slots', timezone: 'Europe/Berlin', durationMinutes: 30, slots: [] },
          ],
        },
      ],
    });
    expect(prompt[1]?.content).toBe(
      'Your appointment is booked. (Booked: Monday, March 30, 2026, 10:00–10:30 in Europe/Berlin; booking id b-1.)',
    );
  });

  it('falls back to the default instructions and drops empty messages', () => {
    const prompt = buildPrompt({ systemPrompt: '  ', bot, now, history: [{ role: 'assistant', text: ' ' }] });
    expect(prompt).toHaveLength(1);
    expect(prompt[0]?.content.startsWith(DEFAULT_SYSTEM_PROMPT)).toBe(true);
  });
});

describe('describeFacts', () => {
  it("tells today's date and time in the bot's timezone", () => {
    expect(describeFacts(bot, now)).toBe(
      'Facts: you are the assistant of "Demo Dental". It is now Sunday, March 29, 2026 at 01:30 in the ' +
        "business's timezone (Europe/Berlin). Visitors can book appointments in this chat: look up free times " +
        'with find_available_slots, and call book_appointment only after the visitor has confirmed the time, ' +
        'their name and their email.',
    );
  });

  it('crosses the date line by zone, and says when booking is off', () => {
    const kolkata = describeFacts({ name: 'X', timezone: 'Asia/Kolkata', appointmentsEnabled: false }, now);
    expect(kolkata).toContain('Sunday, March 29, 2026 at 06:00');
    expect(kolkata).toContain('Booking appointments is not available');
    const newYork = describeFacts({ name: 'X', timezone: 'America/New_York', appointmentsEnabled: false }, now);
    expect(newYork).toContain('Saturday, March 28, 2026 at 20:30');
  });
});

describe('historyWindow', () => {
  const history = Array.from({ length: 10 }, (_, index) => ({
    role: index % 2 === 0 ? ('visitor' as const) : ('assistant' as const),
    text: `message ${index} `.padEnd(100, '.'),
  }));

  it('keeps the newest messages within the message budget', () => {
    expect(
      historyWindow(history, { maxMessages: 3, maxChars: 100_000 }).map((entry) => entry.text.slice(0, 9)),
    ).toEqual(['message 7', 'message 8', 'message 9']);
  });

  it('keeps the newest messages within the character budget', () => {
    expect(historyWindow(history, { maxMessages: 100, maxChars: 250 })).toHaveLength(2);
  });

  it('always keeps the message being answered, even when it alone is over the budget', () => {
    expect(historyWindow(history, { maxMessages: 100, maxChars: 10 })).toEqual([history[9]]);
  });
});
