import { logger } from 'firebase-functions';
import { knowledgeMaxDistance } from '../config.ts';
import {
  DEFAULT_KNOWLEDGE_BUDGET,
  type NearPassage,
  type Selection,
  selectPassages,
} from '../domain/knowledge/selectPassages.ts';
import { refs } from '../lib/documents/refs.ts';
import { embedTexts } from './embedTexts.ts';

/** Nearest passages findNearest returns before selectPassages applies the budget. */
const CANDIDATES = 12;

export interface Retrieval extends Selection {
  embeddingTokens: number;
}

/**
 * The passages of this bot nearest to the question: `findNearest` (COSINE) on the bot's own passages collection,
 * so no other bot's passage can ever be a candidate. `null` when the bot has no passages (nothing is embedded,
 * nothing spent) or when retrieval failed: the reply then goes on without knowledge rather than failing.
 */
export async function retrieveKnowledge(botId: string, question: string): Promise<Retrieval | null> {
  const passages = refs.knowledgePassages(botId);
  try {
    if ((await passages.limit(1).select().get()).empty) return null;
    const { vectors, tokens } = await embedTexts([question], { signal: AbortSignal.timeout(10_000) });
    const nearest = await passages
      .findNearest({
        vectorField: 'embedding',
        queryVector: vectors[0] as number[],
        limit: CANDIDATES,
        distanceMeasure: 'COSINE',
        distanceResultField: 'distance',
      })
      .get();
    const near: NearPassage[] = nearest.docs.map((doc) => {
      const data = doc.data();
      return {
        sourceId: String(data.sourceId),
        title: String(data.title),
        url: typeof data.url === 'string' ? data.url : null,
        text: String(data.text),
        distance: Number(data.distance),
      };
    });
    const maxDistance = Number.parseFloat(knowledgeMaxDistance.value());
    return {
      ...selectPassages(near, {
        ...DEFAULT_KNOWLEDGE_BUDGET,
        maxDistance: Number.isFinite(maxDistance) ? maxDistance : 0.6,
      }),
      embeddingTokens: tokens,
    };
  } catch (error) {
    logger.warn('Knowledge retrieval failed; the reply goes on without it.', { botId, error: String(error) });
    return null;
  }
}
