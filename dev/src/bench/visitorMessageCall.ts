import type { SendMessageResponse } from '@frontdesk/contract';
import type { CallableRequest } from 'firebase-functions/v2/https';

/**
 * One visitor's message to the real `sendMessage` handler in this process: signed in as `uid`, with a verified
 * App Check token (the emulated runs enforce it), from a network of its own (`10.<net>.x.y` by `index`). Answers
 * the reply's status, or `refused: <message>`.
 */
export async function visitorMessageCall(
  sendMessage: { run(request: CallableRequest<unknown>): unknown },
  message: { botId: string; text: string; uid: string; index: number; net: number },
): Promise<string> {
  const { index } = message;
  const request = {
    data: { botId: message.botId, text: message.text },
    auth: { uid: message.uid, token: {} },
    app: { appId: 'bench', token: {} },
    rawRequest: {
      headers: {},
      socket: { remoteAddress: `10.${message.net}.${Math.floor(index / 250)}.${index % 250}` },
    },
    acceptsStreaming: false,
  } as unknown as CallableRequest<unknown>;
  try {
    return ((await sendMessage.run(request)) as SendMessageResponse).status;
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}
