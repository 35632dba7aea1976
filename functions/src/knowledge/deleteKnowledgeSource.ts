import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Deletes a source and its passages: the bot stops answering from it at once. A run still indexing it finds the
 * source gone and removes what it wrote. The deletion and its audit entry are one transaction.
 */
export const deleteKnowledgeSource = defineCallable(
  'deleteKnowledgeSource',
  { maxInstances: 10, timeoutSeconds: 120 },
  async ({ uid, input, member }) => {
    const sourceRef = refs.knowledgeSource(input.botId, input.sourceId);
    await db.runTransaction(async (tx) => {
      const source = (await tx.get(sourceRef)).data();
      if (!source) throw refuse('not-found', 'source_not_found', 'No such knowledge source.');
      tx.delete(sourceRef);
      recordAudit(tx, {
        tenantId: member.bot.tenantId,
        actorUid: uid,
        action: 'knowledge.delete',
        target: `${paths.knowledgeSources(input.botId)}/${input.sourceId}`,
        before: { kind: source.content.kind, title: source.title, revision: source.revision },
      });
    });
    const passages = await refs.knowledgePassages(input.botId).where('sourceId', '==', input.sourceId).select().get();
    const writer = db.bulkWriter();
    for (const passage of passages.docs) void writer.delete(passage.ref);
    await writer.close();
    return { sourceId: input.sourceId, deletedPassages: passages.size };
  },
);
