import { defineInt, defineSecret, defineString } from 'firebase-functions/params';

/**
 * Every setting of the functions, as firebase-functions params: set them in `functions/.env.<project>`
 * (or answer the prompt of `firebase deploy`); secrets with `firebase functions:secrets:set`.
 * Nothing else in the functions reads `process.env`.
 */
export const openAiApiKey = defineSecret('OPENAI_API_KEY');

export const openAiBaseUrl = defineString('OPENAI_BASE_URL', {
  default: 'https://api.openai.com/v1',
  description:
    'Base URL of any OpenAI-compatible Chat Completions API (OpenAI, Azure OpenAI, Ollama, vLLM, OpenRouter).',
});

export const defaultModel = defineString('OPENAI_MODEL', {
  default: 'gpt-4o-mini',
  description: 'Model used when a bot does not name one.',
});

export const flushIntervalMs = defineInt('FLUSH_INTERVAL_MS', {
  default: 500,
  description: 'Minimum time between two writes of a streaming reply (the first token is written at once).',
});

export const replyTimeoutSeconds = defineInt('REPLY_TIMEOUT_SECONDS', {
  default: 120,
  description: 'Longest a reply may take, from request to last token.',
});
