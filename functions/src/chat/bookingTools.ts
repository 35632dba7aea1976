import { type BookingContext, loadBookingContext } from '../booking/loadBookingContext.ts';
import { bookAppointmentTool } from './tools/bookAppointmentTool.ts';
import type { ChatTool, ToolRunner } from './tools/ChatTool.ts';
import { findAvailableSlotsTool } from './tools/findAvailableSlotsTool.ts';
import { requestHumanTool } from './tools/requestHumanTool.ts';
import { runToolCall } from './tools/runToolCall.ts';
import { toolDefinition } from './tools/toolDefinition.ts';

/** The tools the model may call when a bot takes appointments. */
export const bookingTools: readonly ChatTool[] = [findAvailableSlotsTool, bookAppointmentTool];

/** The booking tools as offered to the model, in Chat Completions form. */
export const bookingToolDefinitions = bookingTools.map(toolDefinition);

/** The tools of a bot: handing over to a person always, booking when the bot takes appointments. */
export function chatToolsFor(appointmentsEnabled: boolean): readonly ChatTool[] {
  return appointmentsEnabled ? [...bookingTools, requestHumanTool] : [requestHumanTool];
}

/** Runs the booking tools for one reply; the bot's booking setup is loaded once, on the first call. */
export function createBookingToolRunner(
  input: {
    botId: string;
    visitorUid: string;
    conversationId: string;
  },
  tools: readonly ChatTool[] = bookingTools,
): ToolRunner {
  let booking: Promise<BookingContext> | null = null;
  const context = {
    ...input,
    booking: () => {
      booking ??= loadBookingContext(input.botId);
      return booking;
    },
  };
  return (name, argumentsJson) => runToolCall(tools, { name, argumentsJson }, context);
}
