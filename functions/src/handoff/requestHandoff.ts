import { loadBotContext } from '../bots/loadBotContext.ts';
import { assertOriginAllowed } from '../lib/assertOriginAllowed.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { handOff } from './handOff.ts';

/** "Talk to a person" in the widget, optionally with an address for the team's answer by mail. */
export const requestHandoff = defineCallable(
  'requestHandoff',
  { maxInstances: 20 },
  async ({ uid, input, request }) => {
    const { settings } = await loadBotContext(input.botId);
    assertOriginAllowed(request.rawRequest.headers.origin, settings.allowedOrigins);
    const outcome = await handOff({
      botId: input.botId,
      conversationId: input.conversationId,
      visitorUid: uid,
      by: 'visitor',
      email: input.email,
    });
    return { status: 'waiting' as const, ...outcome };
  },
);
