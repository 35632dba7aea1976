import type { MessageAttachment } from '@frontdesk/contract';
import type { z } from 'zod';
import type { BookingContext } from '../../booking/loadBookingContext.ts';

/** What a tool knows of the conversation it runs in. */
export interface ToolContext {
  botId: string;
  visitorUid: string;
  conversationId: string;
  /** The bot's booking setup, loaded on first use and shared by the tool calls of one reply. */
  booking: () => Promise<BookingContext>;
}

export interface ToolOutcome {
  /** What the model reads back. */
  result: unknown;
  /** What the widget shows as controls, if anything. */
  attachment?: MessageAttachment;
}

/**
 * One tool the model may call. Its arguments are a zod object: the JSON schema offered to the model is
 * generated from it (see toolDefinition), and what the model sends is parsed with it before `run`.
 */
export interface ChatTool<Arguments extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  arguments: Arguments;
  run(args: z.output<Arguments>, context: ToolContext): Promise<ToolOutcome>;
}

/** Runs the tool the model named with the arguments it sent, as JSON text. */
export type ToolRunner = (name: string, argumentsJson: string) => Promise<ToolOutcome>;
