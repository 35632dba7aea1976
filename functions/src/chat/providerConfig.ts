import {
  connectTimeoutSeconds,
  flushIntervalMs,
  openAiApiKey,
  openAiBaseUrl,
  rateLimitRetryMaxSeconds,
  replyTimeoutSeconds,
  streamIdleTimeoutSeconds,
} from '../config.ts';
import type { ProviderConfig } from './runReply.ts';

/** The model provider's address, key and time limits, from the deployment's params. */
export function providerConfig(): ProviderConfig {
  const connectTimeoutMs = connectTimeoutSeconds.value() * 1000;
  const idleTimeoutMs = streamIdleTimeoutSeconds.value() * 1000;
  const maxRetryWaitMs = rateLimitRetryMaxSeconds.value() * 1000;
  return {
    baseURL: openAiBaseUrl.value(),
    apiKey: openAiApiKey.value(),
    flushIntervalMs: flushIntervalMs.value(),
    connectTimeoutMs,
    idleTimeoutMs,
    maxRetryWaitMs,
    replyTimeoutMs: replyTimeoutSeconds.value() * 1000,
    // Every write renews the lease; the longest legitimate gap is waiting for the first token.
    leaseMs: connectTimeoutMs + maxRetryWaitMs + Math.max(connectTimeoutMs, idleTimeoutMs) + 30_000,
  };
}
