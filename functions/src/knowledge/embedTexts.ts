import OpenAI from 'openai';
import { embeddingDimensions, embeddingModel, openAiApiKey, openAiBaseUrl } from '../config.ts';

/** Inputs per request: providers cap it (OpenAI at 2,048); small batches keep a failure's loss small. */
const BATCH = 64;

export interface Embedded {
  vectors: number[][];
  /** As the provider reported them, else estimated at 4 characters a token. */
  tokens: number;
}

/**
 * Embeddings of `texts`, in order, from the provider's OpenAI-compatible `/embeddings` endpoint (EMBEDDING_MODEL,
 * EMBEDDING_DIMENSIONS). `onBatch` is told how many are done, for a source's progress.
 */
export async function embedTexts(
  texts: string[],
  options: { signal?: AbortSignal; onBatch?: (done: number) => Promise<unknown> | undefined } = {},
): Promise<Embedded> {
  const client = new OpenAI({
    baseURL: openAiBaseUrl.value(),
    apiKey: openAiApiKey.value(),
    maxRetries: 2,
    timeout: 30_000,
  });
  const dimensions = embeddingDimensions.value();
  const vectors: number[][] = [];
  let tokens = 0;
  for (let start = 0; start < texts.length; start += BATCH) {
    const input = texts.slice(start, start + BATCH);
    const response = await client.embeddings.create(
      { model: embeddingModel.value(), input, encoding_format: 'float', ...(dimensions > 0 ? { dimensions } : {}) },
      { signal: options.signal },
    );
    const ordered = [...response.data].sort((a, b) => a.index - b.index);
    vectors.push(...ordered.map((item) => item.embedding));
    tokens += response.usage?.total_tokens ?? Math.ceil(input.join('').length / 4);
    await options.onBatch?.(vectors.length);
  }
  return { vectors, tokens };
}
