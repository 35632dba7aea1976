import { type ModelRequestField, type ModelStatus, paths } from '@frontdesk/contract';
import { logger } from 'firebase-functions';
import { db } from '../lib/admin.ts';

/**
 * Remembers on the bot's private settings which request fields its model's provider refused, so later replies
 * leave them out at once and the console can say that the model cannot use tools. A failed write only costs
 * the next reply one refused request.
 */
export async function recordModelRefusals(
  botId: string,
  model: string,
  refusedFields: ModelRequestField[],
): Promise<void> {
  const modelStatus: ModelStatus = { model, refusedFields, checkedAt: Date.now() };
  logger.info('The model provider refused request fields; replies go on without them.', { botId, ...modelStatus });
  await db
    .doc(paths.botSettings(botId))
    .set({ modelStatus }, { merge: true })
    .catch((error: unknown) => logger.warn('Could not record the model status.', { botId, error: String(error) }));
}
