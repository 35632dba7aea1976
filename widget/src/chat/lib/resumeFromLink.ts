import type { Emitter } from '../../shared/createEmitter.ts';
import type { CallFailure } from '../../shared/widgetEvents.ts';

/**
 * A follow-up mail's signed link (`#frontdesk-resume=<bot>.<conversation>.<token>`): the server checks the token
 * and makes the conversation this browser's, which then opens. The fragment is removed first, so an address
 * shared from here does not carry the token on.
 */
export async function resumeFromLink(input: {
  botId: string;
  /** The chat's callable helper: handed in, so this chunk shares no code file with the chat. */
  resume: (request: { botId: string; conversationId: string; token: string }) => Promise<unknown>;
  failureReason: (error: unknown) => CallFailure;
  emitter: Emitter;
  switchTo: (conversationId: string) => void;
}): Promise<void> {
  const match = /^#frontdesk-resume=([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(location.hash);
  if (!match || match[1] !== input.botId) return;
  const [, botId, conversationId, token] = match as unknown as [string, string, string, string];
  history.replaceState(history.state, '', location.href.replace(/#.*$/, ''));
  try {
    await input.resume({ botId, conversationId, token });
    input.switchTo(conversationId);
  } catch (error) {
    input.emitter.emit('error', { kind: 'call', reason: input.failureReason(error) });
  }
}
