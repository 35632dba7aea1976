import type { KnowledgeContent, KnowledgeSource } from '@frontdesk/contract';

/**
 * A knowledge source as saved for indexing: queued at a new revision, keeping what the last indexing found
 * (hash, passages, tokens, when) until the indexer replaces it. `now` is the store's timestamp of the save.
 */
export function queuedSource(input: {
  tenantId: string;
  content: KnowledgeContent;
  now: unknown;
  previous?: KnowledgeSource;
}): KnowledgeSource {
  const { previous, now } = input;
  return {
    tenantId: input.tenantId,
    content: input.content,
    title: titleOf(input.content),
    revision: (previous?.revision ?? 0) + 1,
    status: 'queued',
    progress: null,
    error: null,
    contentHash: previous?.contentHash ?? null,
    passageCount: previous?.passageCount ?? 0,
    embeddingTokens: previous?.embeddingTokens ?? 0,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    indexedAt: previous?.indexedAt ?? null,
  };
}

function titleOf(content: KnowledgeContent): string {
  switch (content.kind) {
    case 'faq':
      return content.question;
    case 'document':
      return content.title;
    case 'web':
      return content.url;
  }
}
