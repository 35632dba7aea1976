import { type Message, paths } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { buildPrompt, type HistoryEntry } from '../domain/buildPrompt.ts';
import { classifyProviderError } from '../domain/classifyProviderError.ts';
import { createThrottledWriter } from '../domain/createThrottledWriter.ts';
import { db } from '../lib/admin.ts';
import { streamCompletion } from './streamCompletion.ts';

export interface ReplyTarget {
  botId: string;
  conversationId: string;
  replyMessageId: string;
}

export interface ProviderConfig {
  baseURL: string;
  apiKey: string;
  defaultModel: string;
  flushIntervalMs: number;
  timeoutMs: number;
}

const HISTORY_LIMIT = 20;

/** Streams the model's answer into the reply message and always ends it as `done` or `error`. */
export async function runReply(target: ReplyTarget, provider: ProviderConfig): Promise<'done' | 'error'> {
  const conversationRef = db.doc(paths.conversation(target.botId, target.conversationId));
  const replyRef = conversationRef.collection('messages').doc(target.replyMessageId);

  const [settings, historySnapshot] = await Promise.all([
    db.doc(paths.botSettings(target.botId)).get(),
    conversationRef
      .collection('messages')
      .orderBy('createdAt', 'desc')
      .limit(HISTORY_LIMIT + 1)
      .get(),
  ]);
  const history: HistoryEntry[] = historySnapshot.docs
    .filter((doc) => doc.id !== target.replyMessageId)
    .map((doc) => doc.data() as Message)
    .filter((message) => message.status === 'done')
    .reverse();
  const model = (settings.get('model') as string | null | undefined) || provider.defaultModel;
  const messages = buildPrompt({ systemPrompt: (settings.get('systemPrompt') as string | undefined) ?? '', history });

  const writer = createThrottledWriter<Partial<Message>>({
    intervalMs: provider.flushIntervalMs,
    write: async (patch) => {
      await replyRef.update({ ...patch, updatedAt: FieldValue.serverTimestamp() });
    },
    onWriteError: (error) => logger.warn('Intermediate reply write failed; the next write supersedes it.', error),
  });

  const abort = new AbortController();
  const timeout = setTimeout(() => abort.abort(), provider.timeoutMs);
  let text = '';
  try {
    const result = await streamCompletion({
      baseURL: provider.baseURL,
      apiKey: provider.apiKey,
      model,
      messages,
      signal: abort.signal,
      onText: (soFar) => {
        text = soFar;
        writer.offer({ text, status: 'streaming', model });
      },
    });
    await writer.finish({ text: result.text, status: 'done', model, usage: result.usage });
    return 'done';
  } catch (error) {
    const errorCode = classifyProviderError(error);
    logger.warn('Reply ended with an error.', { errorCode, error: String(error), ...target });
    // Partial text is kept, so the visitor does not lose what was already shown.
    await writer.finish({ text, status: 'error', errorCode, model });
    return 'error';
  } finally {
    clearTimeout(timeout);
  }
}
