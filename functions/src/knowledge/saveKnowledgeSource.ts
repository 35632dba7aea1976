import { MAX_SOURCES_PER_BOT, paths } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { recordAudit } from '../audit/recordAudit.ts';
import { queuedSource } from '../domain/knowledge/queuedSource.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Adds a knowledge source or replaces one's content, queued for indexing in the background
 * (onKnowledgeSourceWritten); its passages stay until the new ones are ready. With `unansweredId`, the
 * unanswered question a FAQ entry answers is removed in the same transaction: one step in the console. The
 * audit log names the source (kind, title, revision), not its content.
 */
export const saveKnowledgeSource = defineCallable(
  'saveKnowledgeSource',
  { maxInstances: 10 },
  async ({ uid, input, member }) => {
    const sources = refs.knowledgeSources(input.botId);
    if (!input.sourceId) {
      const count = (await sources.count().get()).data().count;
      if (count >= MAX_SOURCES_PER_BOT) {
        throw refuse(
          'resource-exhausted',
          'knowledge_limit',
          `A bot may have at most ${MAX_SOURCES_PER_BOT} knowledge sources.`,
        );
      }
    }
    const sourceRef = input.sourceId ? sources.doc(input.sourceId) : sources.doc();
    const unansweredRef = input.unansweredId ? refs.unansweredQuestion(input.botId, input.unansweredId) : null;
    await db.runTransaction(async (tx) => {
      const [stored, unanswered] = await Promise.all([
        input.sourceId ? tx.get(sourceRef) : null,
        unansweredRef ? tx.get(unansweredRef) : null,
      ]);
      if (stored && !stored.exists) throw refuse('not-found', 'source_not_found', 'No such knowledge source.');
      if (unanswered && !unanswered.exists)
        throw refuse('not-found', 'source_not_found', 'No such unanswered question.');
      const now = Timestamp.now();
      const previous = stored?.data();
      const source = queuedSource({ tenantId: member.bot.tenantId, content: input.content, now, previous });
      tx.set(sourceRef, source);
      if (unansweredRef) tx.delete(unansweredRef);
      recordAudit(tx, {
        tenantId: member.bot.tenantId,
        actorUid: uid,
        action: 'knowledge.save',
        target: `${paths.knowledgeSources(input.botId)}/${sourceRef.id}`,
        before: previous ? { kind: previous.content.kind, title: previous.title, revision: previous.revision } : null,
        after: { kind: source.content.kind, title: source.title, revision: source.revision },
      });
    });
    return { sourceId: sourceRef.id };
  },
);
