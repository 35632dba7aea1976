import { logger } from 'firebase-functions';
import { eventIdOf, eventsForReply } from '../domain/api/apiEvents.ts';
import { refs } from '../lib/documents/refs.ts';
import type { ApiStream } from './apiStream.ts';

/**
 * Streams a reply document to an API client, from the `sent`-th character of its text on: each snapshot's new
 * text as a `token`, then `done` with the whole text and the usage, or `error` with the reply's code. Firestore
 * is the one truth: whoever writes the reply (this request's model call, or an earlier request's), the client
 * sees what the widget and the console see. Resolves when the reply has ended or the client has gone; a client
 * that goes stops only the listening, never the reply.
 */
export function followReply(
  stream: ApiStream,
  reply: { botId: string; conversationId: string; replyId: string },
  sent: number,
): Promise<void> {
  return new Promise((resolve) => {
    let position = sent;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      unsubscribe();
      stream.end();
      resolve();
    };
    const unsubscribe = refs.message(reply.botId, reply.conversationId, reply.replyId).onSnapshot(
      (snapshot) => {
        const message = snapshot.data();
        if (!message || finished) return;
        const step = eventsForReply({ id: reply.replyId, ...message }, position);
        position = step.sent;
        for (const event of step.events) stream.send(event);
        if (!step.ended) return;
        if (message.status !== 'done') return finish();
        finished = true;
        unsubscribe();
        void sendDone(stream, reply, message.text).finally(() => {
          stream.end();
          resolve();
        });
      },
      (error) => {
        logger.error('An API stream lost its reply listener.', { replyId: reply.replyId, error: error.message });
        stream.send({ type: 'error', code: 'internal', message: 'The stream broke off; resume it with lastEventId.' });
        finish();
      },
    );
    stream.onClose(finish);
  });
}

/** `done` carries the usage, which is in the reply's meta (the team's part, never a visitor's). */
async function sendDone(
  stream: ApiStream,
  reply: { botId: string; conversationId: string; replyId: string },
  text: string,
): Promise<void> {
  const meta = (await refs.messageMeta(reply.botId, reply.conversationId, reply.replyId).get()).data();
  const usage = meta?.usage
    ? { promptTokens: meta.usage.promptTokens, completionTokens: meta.usage.completionTokens }
    : null;
  stream.send({ type: 'done', id: eventIdOf(reply.replyId, text.length), text, usage });
}
