import type { KnowledgeSource } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { HttpsError } from 'firebase-functions/v2/https';
import { type PageText, passagesOfSource, sha256, uniquePassages } from '../domain/knowledge/passagesOfSource.ts';
import { estimateTokens } from '../domain/limits/tokenBudget.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { embedTexts } from './embedTexts.ts';
import { KnowledgeFailure } from './KnowledgeFailure.ts';
import { readWebSource } from './readWebSource.ts';
import { spendEmbeddingTokens } from './spendEmbeddingTokens.ts';

/**
 * Indexes one revision of a source: claims it (`queued` → `indexing`, so a re-delivered event does nothing),
 * reads its text (fetching pages for a web source), splits it into passages and embeds only those whose hash is
 * new, so indexing the same content again embeds and spends nothing. Progress is written per batch. The result
 * (`ready` with the passage count, or `error` with its typed code) is written only while the source still has
 * this revision; passages of earlier content are removed then. A failure leaves the passages it had.
 */
export async function indexSource(botId: string, sourceId: string, revision: number): Promise<void> {
  const sourceRef = refs.knowledgeSource(botId, sourceId);
  const source = await db.runTransaction(async (tx) => {
    const current = (await tx.get(sourceRef)).data();
    if (current?.status !== 'queued' || current.revision !== revision) return null;
    tx.update(sourceRef, {
      status: 'indexing',
      progress: { done: 0, total: 0 },
      error: null,
      updatedAt: Timestamp.now(),
    });
    return current;
  });
  if (!source) return;

  const passagesRef = refs.knowledgePassages(botId);
  const written: string[] = [];
  try {
    const pages: PageText[] = source.content.kind === 'web' ? await readWebSource(source.content) : [];
    const drafts = uniquePassages(passagesOfSource(source.content, pages));
    if (drafts.length === 0) throw new KnowledgeFailure('empty', 'No readable text was found.', null);
    const idOf = (hash: string) => `${sourceId}-${hash}`;
    const existing = await passagesRef.where('sourceId', '==', sourceId).select().get();
    const have = new Set(existing.docs.map((doc) => doc.id));
    const fresh = drafts.filter((draft) => !have.has(idOf(draft.hash)));
    const progress = (done: number) =>
      sourceRef.update({ progress: { done: drafts.length - fresh.length + done, total: drafts.length } });
    await progress(0);

    let tokens = 0;
    if (fresh.length > 0) {
      const tenant = await refs.tenant(source.tenantId).get();
      const texts = fresh.map((draft) => `${draft.title}\n${draft.text}`);
      const embedded = await spendEmbeddingTokens(
        source.tenantId,
        tenant.data() ?? { name: '', members: {} },
        estimateTokens(texts),
        async () => {
          const result = await embedTexts(texts, { onBatch: progress }).catch((error: unknown) => {
            throw new KnowledgeFailure(
              'embedding_failed',
              `The embeddings endpoint failed: ${String(error)}`.slice(0, 300),
            );
          });
          return { result, tokens: result.tokens };
        },
      );
      tokens = embedded.tokens;
      const writer = db.bulkWriter();
      fresh.forEach((draft, index) => {
        const id = idOf(draft.hash);
        written.push(id);
        void writer.set(passagesRef.doc(id), {
          tenantId: source.tenantId,
          sourceId,
          kind: draft.kind,
          title: draft.title,
          url: draft.url,
          text: draft.text,
          hash: draft.hash,
          embedding: FieldValue.vector(embedded.vectors[index] as number[]),
        });
      });
      await writer.close();
    }

    const keep = new Set(drafts.map((draft) => idOf(draft.hash)));
    const finished = await finish(botId, sourceId, revision, {
      status: 'ready',
      progress: null,
      error: null,
      contentHash: sha256(drafts.map((draft) => draft.hash).join('\n')),
      passageCount: drafts.length,
      embeddingTokens: tokens,
      ...(source.content.kind === 'web' ? { pages: pages.map(({ url, title }) => ({ url, title })) } : {}),
      ...(source.content.kind === 'web' && pages[0] ? { title: pages[0].title } : {}),
      indexedAt: Timestamp.now(),
    });
    if (finished)
      await deletePassages(
        existing.docs.map((doc) => doc.id).filter((id) => !keep.has(id)),
        botId,
      );
  } catch (error) {
    const failure = asFailure(error);
    if (failure.code === 'internal')
      logger.error('Indexing a knowledge source failed.', { botId, sourceId, error: String(error) });
    await finish(botId, sourceId, revision, {
      status: 'error',
      progress: null,
      error: { code: failure.code, message: failure.message, url: failure.url },
    });
  }

  // A source deleted while it was indexed: what this run wrote goes too.
  if (written.length > 0 && !(await sourceRef.get()).exists) await deletePassages(written, botId);
}

/** Writes the outcome if the source still has this revision; false when it changed or was deleted meanwhile. */
async function finish(botId: string, sourceId: string, revision: number, outcome: Partial<KnowledgeSource>) {
  const sourceRef = refs.knowledgeSource(botId, sourceId);
  return db.runTransaction(async (tx) => {
    const current = (await tx.get(sourceRef)).data();
    if (!current || current.revision !== revision) return false;
    tx.update(sourceRef, { ...outcome, updatedAt: Timestamp.now() });
    return true;
  });
}

async function deletePassages(ids: string[], botId: string): Promise<void> {
  if (ids.length === 0) return;
  const writer = db.bulkWriter();
  for (const id of ids) void writer.delete(refs.knowledgePassages(botId).doc(id));
  await writer.close();
}

function asFailure(error: unknown): KnowledgeFailure {
  if (error instanceof KnowledgeFailure) return error;
  if (error instanceof HttpsError && error.code === 'resource-exhausted') {
    return new KnowledgeFailure('budget_exhausted', error.message);
  }
  return new KnowledgeFailure('internal', 'Indexing failed unexpectedly. Try indexing again.');
}
