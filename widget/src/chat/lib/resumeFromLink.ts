import type { Emitter } from '../../shared/createEmitter.ts';
import { callFunction, failureReason } from './callFunction.ts';
import type { FirebaseConnection } from './connectFirebase.ts';

/**
 * A follow-up mail's signed link (`#frontdesk-resume=<bot>.<conversation>.<token>`): the server checks the token
 * and makes the conversation this browser's, which then opens. The fragment is removed first, so an address
 * shared from here does not carry the token on.
 */
export async function resumeFromLink(input: {
  botId: string;
  connect: () => Promise<FirebaseConnection | null>;
  emitter: Emitter;
  switchTo: (conversationId: string) => void;
}): Promise<void> {
  const match = /^#frontdesk-resume=([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(location.hash);
  if (!match || match[1] !== input.botId) return;
  const [, botId, conversationId, token] = match as unknown as [string, string, string, string];
  history.replaceState(history.state, '', location.href.replace(/#.*$/, ''));
  const connection = await input.connect();
  if (!connection) return;
  try {
    await callFunction(connection, 'resumeConversation', { botId, conversationId, token });
    input.switchTo(conversationId);
  } catch (error) {
    input.emitter.emit('error', { kind: 'call', reason: failureReason(error) });
  }
}
