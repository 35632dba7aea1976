import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Deletes a source and its passages: the bot stops answering from it at once. A run still indexing it finds the
 * source gone and removes what it wrote.
 */
export const deleteKnowledgeSource = defineCallable(
  'deleteKnowledgeSource',
  { maxInstances: 10, timeoutSeconds: 120 },
  async ({ input }) => {
    const sourceRef = refs.knowledgeSource(input.botId, input.sourceId);
    if (!(await sourceRef.get()).exists) throw refuse('not-found', 'source_not_found', 'No such knowledge source.');
    await sourceRef.delete();
    const passages = await refs.knowledgePassages(input.botId).where('sourceId', '==', input.sourceId).select().get();
    const writer = db.bulkWriter();
    for (const passage of passages.docs) void writer.delete(passage.ref);
    await writer.close();
    return { sourceId: input.sourceId, deletedPassages: passages.size };
  },
);
