import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { openAiApiKey } from '../config.ts';
import { indexSource } from './indexSource.ts';

/**
 * Indexes a source in the background whenever a callable queues a revision of it (a new source, new content, or
 * "index again"). Its own progress writes do not queue anything, so they end here at once.
 */
export const onKnowledgeSourceWritten = onDocumentWritten(
  {
    document: 'bots/{botId}/knowledgeSources/{sourceId}',
    secrets: [openAiApiKey],
    timeoutSeconds: 540,
    memory: '512MiB',
    maxInstances: 10,
    retry: false,
  },
  async (event) => {
    const after = event.data?.after.data();
    const before = event.data?.before.data();
    if (after?.status !== 'queued' || typeof after.revision !== 'number') return;
    if (before?.status === 'queued' && before.revision === after.revision) return;
    await indexSource(event.params.botId, event.params.sourceId, after.revision);
  },
);
