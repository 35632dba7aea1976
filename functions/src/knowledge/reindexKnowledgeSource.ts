import { Timestamp } from 'firebase-admin/firestore';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Queues a source to be indexed again (a web page that changed, a run that failed or was cut off); unchanged
 * passages are kept and not embedded again.
 */
export const reindexKnowledgeSource = defineCallable(
  'reindexKnowledgeSource',
  { maxInstances: 10 },
  async ({ input }) => {
    const sourceRef = refs.knowledgeSource(input.botId, input.sourceId);
    await db.runTransaction(async (tx) => {
      const source = (await tx.get(sourceRef)).data();
      if (!source) throw refuse('not-found', 'source_not_found', 'No such knowledge source.');
      tx.update(sourceRef, {
        revision: source.revision + 1,
        status: 'queued',
        progress: null,
        error: null,
        updatedAt: Timestamp.now(),
      });
    });
    return { sourceId: input.sourceId };
  },
);
