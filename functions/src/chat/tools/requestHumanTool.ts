import { z } from 'zod';
import { handOff } from '../../handoff/handOff.ts';
import type { ChatTool } from './ChatTool.ts';

const requestHumanArguments = z.object({
  reason: z.string().max(300).optional().describe('One short sentence: why a person is needed'),
});

/**
 * Hands the conversation to the team: the AI stops answering, the team is notified, and the widget offers the
 * visitor an email field. The model reads back whether the team is there now or when it opens, to tell the
 * visitor in its own words.
 */
export const requestHumanTool: ChatTool<typeof requestHumanArguments> = {
  name: 'request_human',
  description:
    'Hands the conversation to a person on the team. Use it when the visitor asks for a person, or when you cannot help with their request. Afterwards, tell the visitor that the team will answer here, when it is open (from the result), and that they may leave an email address in the form below.',
  arguments: requestHumanArguments,
  async run(args, context) {
    const outcome = await handOff({
      botId: context.botId,
      conversationId: context.conversationId,
      visitorUid: context.visitorUid,
      by: 'assistant',
      reason: args.reason,
    });
    return {
      result: {
        handed_over: true,
        team_open_now: outcome.openNow,
        team_opens_at: outcome.opensAt,
        timezone: outcome.timezone,
      },
    };
  },
};
