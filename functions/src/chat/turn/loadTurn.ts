import { randomUUID } from 'node:crypto';
import { messageIds, paths, type SendMessageRequest, type VisitorContext } from '@frontdesk/contract';
import { type BotContext, loadBotContext } from '../../bots/loadBotContext.ts';
import { assertVisitorOwns } from '../../conversations/assertVisitorOwns.ts';
import { buildPrompt, DEFAULT_HISTORY_BUDGET, type PromptMessage } from '../../domain/chat/buildPrompt.ts';
import { db } from '../../lib/admin.ts';
import { assertOriginAllowed } from '../../lib/assertOriginAllowed.ts';
import { refs } from '../../lib/documents/refs.ts';
import { refuse } from '../../lib/refuse.ts';

/** Where a turn happens: the same for a repeated call and a new one. */
export interface TurnPlace {
  botId: string;
  conversationId: string;
  clientMessageId: string;
}

/** A call that repeats an earlier one (same client message id): nothing is done again. */
export interface RepeatedTurn extends TurnPlace {
  kind: 'repeat';
}

/** A new question (`ask`) or "Try again" on a failed reply (`regenerate`), checked and ready to admit. */
export interface LoadedTurn extends TurnPlace {
  kind: 'ask' | 'regenerate';
  visitorUid: string;
  context: BotContext;
  question: string;
  /** False when a person handles the conversation: the question is recorded, the model is not asked. */
  aiAnswers: boolean;
  /** Where the visitor is, as the widget reported it with this message. */
  visitorContext: VisitorContext | undefined;
  prompt: PromptMessage[];
  now: Date;
}

/**
 * Loads and checks a turn once: the bot (known, active), the page's origin, the message length, that the
 * conversation is the visitor's, whether the call repeats an earlier one; then the prompt from the history.
 */
export async function loadTurn(input: {
  visitorUid: string;
  request: SendMessageRequest;
  /** The page's origin for a widget call; `server` for an API call, which a key authenticates instead. */
  origin: string | undefined | 'server';
}): Promise<RepeatedTurn | LoadedTurn> {
  const { request } = input;
  const place: TurnPlace = {
    botId: request.botId,
    conversationId: request.conversationId ?? db.collection(paths.conversations(request.botId)).doc().id,
    clientMessageId: request.clientMessageId ?? randomUUID(),
  };
  // What came before the question. Read together with the bot and the conversation, so a question waits for one
  // round trip of reads, not four; nothing read here is used before the checks below pass.
  const olderFirst = refs.messages(place.botId, place.conversationId).orderBy('createdAt', 'desc');
  const [context, conversationSnapshot, earlier, latest] = await Promise.all([
    loadBotContext(request.botId),
    refs.conversation(place.botId, place.conversationId).get(),
    refs.message(place.botId, place.conversationId, messageIds.visitor(place.clientMessageId)).get(),
    olderFirst.limit(DEFAULT_HISTORY_BUDGET.maxMessages).get(),
  ]);
  const { settings, bot } = context;
  // Allowed origins are a browser control (a page cannot forge its Origin); an API key is a server's credential.
  if (input.origin !== 'server') assertOriginAllowed(input.origin, settings.allowedOrigins);
  if (request.text.length > settings.maxMessageLength) {
    throw refuse('invalid-argument', 'invalid_input', `text: must be at most ${settings.maxMessageLength} characters`);
  }
  const conversation = conversationSnapshot.data();
  assertVisitorOwns(conversation, input.visitorUid);
  // A repeated call changes nothing; "Try again" answers the stored question again, unless humans answer.
  const aiAnswers = conversation?.status !== 'human' && conversation?.status !== 'waiting';
  const asked = earlier.data();
  if (asked && !(request.regenerate === true && aiAnswers)) return { kind: 'repeat', ...place };
  const regenerating = asked !== undefined;
  const question = asked ? asked.text : request.text;

  const now = new Date();
  // A regenerated answer must not see itself or anything written after its question.
  const history = regenerating
    ? await olderFirst.startAfter(earlier).limit(DEFAULT_HISTORY_BUDGET.maxMessages).get()
    : latest;
  const prompt = buildPrompt({
    systemPrompt: settings.systemPrompt,
    bot: {
      name: bot.appearance.title,
      timezone: bot.timezone ?? 'UTC',
      appointmentsEnabled: bot.appointmentsEnabled ?? false,
    },
    now,
    history: [
      ...history.docs
        .map((doc) => doc.data())
        .filter((message) => message.status === 'done' || (message.status === 'error' && message.text))
        .reverse(),
      { role: 'visitor', text: question },
    ],
  });
  return {
    kind: regenerating ? 'regenerate' : 'ask',
    ...place,
    visitorUid: input.visitorUid,
    context,
    question,
    aiAnswers,
    visitorContext: request.context,
    prompt,
    now,
  };
}
